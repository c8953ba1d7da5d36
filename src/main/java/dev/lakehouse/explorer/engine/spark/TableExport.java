package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.ExportFormat;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.ExportResult;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.base64;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

/**
 * Writes a query's rows to one file. Spark writes a folder of part files; with one partition there is one part
 * file, written into a scratch folder beside the target (same file system, so the final move is a rename) and then
 * moved into place. An existing file is never replaced: an export is often the only copy someone keeps.
 */
final class TableExport {
    private TableExport() {
    }

    static void checkTarget(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.exists(target)) {
            throw new InvalidRequestException("Not exporting: " + target + " already exists; choose another name or delete it first");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidRequestException("Not exporting: the folder " + parent + " does not exist");
        }
    }

    /** Call inside the job's {@code jobs.run}. */
    static ExportResult write(SparkSession spark, Dataset<Row> rows, Path target, ExportFormat format) {
        Path absolute = target.toAbsolutePath();
        checkTarget(absolute);
        Path scratch = absolute.getParent().resolve("." + absolute.getFileName() + ".export-" + UUID.randomUUID());
        try {
            var writer = (format == ExportFormat.CSV ? csvReady(rows) : rows).coalesce(1).write();
            if (format == ExportFormat.CSV) {
                // RFC 4180 quoting (a quote doubled), as spreadsheets and the command line's CSV expect; Spark's
                // default escapes with a backslash
                writer.option("header", "true").option("escape", "\"").csv(scratch.toString());
            } else {
                writer.parquet(scratch.toString());
            }
            Path part = partFile(scratch);
            try {
                Files.move(part, absolute); // no REPLACE_EXISTING: a file that appeared meanwhile is kept
            } catch (FileAlreadyExistsException e) {
                throw new InvalidRequestException("Not exporting: " + target + " already exists; choose another name or delete it first");
            }
            return new ExportResult(absolute, countWritten(spark, absolute, format), Files.size(absolute));
        } catch (IOException e) {
            throw new QueryException("Export to " + target + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** CSV has no nested or binary values: nested columns become JSON text, binary base64, as the CLI prints them. */
    static Dataset<Row> csvReady(Dataset<Row> rows) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            Column c = col(DeltaSql.quote(f.name()));
            if (f.dataType() instanceof StructType || f.dataType() instanceof ArrayType || f.dataType() instanceof MapType) {
                c = to_json(c);
            } else if (f.dataType() instanceof BinaryType) {
                c = base64(c);
            }
            cols.add(c.as(f.name()));
        }
        return rows.select(cols.toArray(Column[]::new));
    }

    private static Path partFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
            if (parts.size() != 1) {
                throw new IOException("expected one part file, Spark wrote " + parts.size());
            }
            return parts.get(0);
        }
    }

    /** Rows in the written file: Parquet's footers, or the CSV read back (values may span lines). */
    private static long countWritten(SparkSession spark, Path file, ExportFormat format) {
        var reader = spark.read();
        return format == ExportFormat.PARQUET ? reader.parquet(file.toString()).count()
                : reader.option("header", "true").option("multiLine", "true").option("escape", "\"")
                        .csv(file.toString()).count();
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // scratch left behind is harmless: a hidden folder beside the export
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // as above
        }
    }
}
