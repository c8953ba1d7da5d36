package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import io.delta.kernel.Scan;
import io.delta.kernel.ScanBuilder;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads rows of a snapshot the way Kernel's guide does — scan files, read each Parquet file, let
 * {@link Scan#transformPhysicalData} add partition values and apply column mapping and deletion vectors — and
 * keeps only the rows the selection vector keeps. Files are read one at a time, so a first page stops after the
 * first file or two instead of reading the table.
 */
final class KernelRows {
    /** Receives selected rows; returns false to stop the scan. */
    private interface RowSink {
        /** {@code partitionValues}: timestamp partition values by column name, parsed by the app, not Kernel. */
        boolean accept(ColumnarBatch batch, int row, Map<String, Object> partitionValues);
    }

    private final Engine engine;

    KernelRows(Engine engine) {
        this.engine = engine;
    }

    ResultPage firstRows(KernelSnapshots.Opened opened, int limit) {
        StructType schema = opened.snapshot().getSchema(engine);
        var columns = schema.fields().stream()
                .map(f -> new Column(f.getName(), KernelSchema.typeName(f.getDataType()))).toList();
        var rows = new ArrayList<List<Object>>();
        if (limit > 0) {
            scan(opened, null, (batch, row, partitionValues) -> {
                rows.add(row(batch, row, partitionValues));
                return rows.size() <= limit; // one row past the limit tells whether more follow
            });
        }
        boolean hasMore = rows.size() > limit;
        return new ResultPage(columns, hasMore ? rows.subList(0, limit) : rows, hasMore);
    }

    long count(KernelSnapshots.Opened opened) {
        long[] count = {0};
        scan(opened, narrowSchema(opened), (batch, row, partitionValues) -> {
            count[0]++;
            return true;
        });
        return count[0];
    }

    /**
     * One data column is enough to count rows (deletion vectors still apply); a partition column alone would ask
     * the Parquet reader for no column at all, so the first non-partition column is taken.
     */
    private StructType narrowSchema(KernelSnapshots.Opened opened) {
        StructType schema = opened.snapshot().getSchema(engine);
        List<String> partitions = opened.snapshot().getPartitionColumnNames(engine);
        return schema.fields().stream()
                .filter(f -> partitions.stream().noneMatch(p -> p.equalsIgnoreCase(f.getName())))
                .findFirst().map(f -> new StructType(List.<StructField>of(f))).orElse(null);
    }

    private static List<Object> row(ColumnarBatch batch, int row, Map<String, Object> partitionValues) {
        StructType schema = batch.getSchema();
        var values = new ArrayList<>(schema.length());
        for (int i = 0; i < schema.length(); i++) {
            String name = schema.at(i).getName();
            values.add(partitionValues.containsKey(name) ? partitionValues.get(name)
                    : ValueConverter.value(schema.at(i).getDataType(), batch.getColumnVector(i), row));
        }
        return values;
    }

    /** Scans the snapshot's files in order; {@code readSchema} null reads every column. */
    private void scan(KernelSnapshots.Opened opened, StructType readSchema, RowSink sink) {
        ScanBuilder builder = opened.snapshot().getScanBuilder(engine);
        Scan scan = (readSchema == null ? builder : builder.withReadSchema(engine, readSchema)).build();
        Row state = scan.getScanState(engine);
        StructType physical = ScanStateRow.getPhysicalDataReadSchema(engine, state);
        var timestamps = PartitionTimestamps.of(readSchema == null ? opened.snapshot().getSchema(engine) : readSchema,
                opened.snapshot().getPartitionColumnNames(engine), ZoneId.systemDefault());
        try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
            while (files.hasNext()) {
                try (CloseableIterator<Row> scanFiles = files.next().getRows()) {
                    while (scanFiles.hasNext()) {
                        if (!readFile(state, physical, timestamps.prepare(scanFiles.next()), sink)) {
                            return;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean readFile(Row state, StructType physical, PartitionTimestamps.Prepared prepared, RowSink sink)
            throws IOException {
        Row scanFile = prepared.scanFile();
        FileStatus file = InternalScanFileUtils.getAddFileStatus(scanFile);
        try (CloseableIterator<ColumnarBatch> data = engine.getParquetHandler()
                .readParquetFiles(Utils.singletonCloseableIterator(file), physical, Optional.empty());
             CloseableIterator<FilteredColumnarBatch> batches = Scan.transformPhysicalData(engine, state, scanFile, data)) {
            while (batches.hasNext()) {
                FilteredColumnarBatch batch = batches.next();
                ColumnarBatch rows = batch.getData();
                ColumnVector selection = batch.getSelectionVector().orElse(null);
                for (int i = 0; i < rows.getSize(); i++) {
                    boolean selected = selection == null || !selection.isNullAt(i) && selection.getBoolean(i);
                    if (selected && !sink.accept(rows, i, prepared.values())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
