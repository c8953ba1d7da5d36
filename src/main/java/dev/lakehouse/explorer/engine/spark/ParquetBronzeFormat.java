package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.PipelineException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parquet into bronze: typed already. Each file's schema comes from its footer; files with the same schema are read
 * together, columns picked by name and cast to the table's types where they differ (a value that does not cast
 * is rescued). A file whose footer cannot be read is not Parquet: the step fails naming it. A zero-byte file has no
 * rows.
 */
final class ParquetBronzeFormat implements BronzeFormat {
    private final SparkSession spark;
    private final ReaderOptions options;
    private final Map<String, StructType> footers = new HashMap<>();

    ParquetBronzeFormat(SparkSession spark, ReaderOptions options) {
        this.spark = spark;
        this.options = options;
    }

    private StructType schemaOf(SourceFile f) {
        return footers.computeIfAbsent(f.id(), id -> {
            try {
                return spark.read().options(options.passThrough()).parquet(f.path().toString()).schema();
            } catch (RuntimeException e) {
                throw new PipelineException("cannot read " + f.id() + " as Parquet: " + SparkErrors.oneLine(String.valueOf(e.getMessage())));
            }
        });
    }

    private Map<StructType, List<SourceFile>> groups(List<SourceFile> files) {
        Map<StructType, List<SourceFile>> groups = new LinkedHashMap<>();
        for (SourceFile f : files) {
            if (f.size() > 0) {
                groups.computeIfAbsent(schemaOf(f), k -> new ArrayList<>()).add(f);
            }
        }
        return groups;
    }

    @Override
    public StructType infer(List<SourceFile> files) {
        return BronzeSchema.merge(new ArrayList<>(groups(files).keySet()));
    }

    @Override
    public Map<SourceFile, List<String>> newColumns(List<SourceFile> files, StructType data) {
        Map<SourceFile, List<String>> out = new LinkedHashMap<>();
        groups(files).forEach((schema, group) -> {
            List<String> missing = BronzeSchema.missingFrom(data, Arrays.asList(schema.fieldNames()));
            if (!missing.isEmpty()) {
                group.forEach(f -> out.put(f, missing));
            }
        });
        return out;
    }

    @Override
    public List<RawFrame> read(List<SourceFile> files, StructType data) {
        List<RawFrame> frames = new ArrayList<>();
        groups(files).forEach((schema, group) -> {
            Map<String, String> internal = new LinkedHashMap<>();
            List<Column> select = new ArrayList<>();
            String[] names = schema.fieldNames();
            for (int i = 0; i < names.length; i++) {
                internal.put(names[i], "c" + i);
                select.add(functions.col(DeltaSql.quote(names[i])).as("c" + i));
            }
            select.add(functions.lit(null).cast("string").as(RawFrame.CORRUPT));
            select.add(RawFrame.sourceFile(group));
            Dataset<Row> df = spark.read().options(options.passThrough()).parquet(CsvBronzeFormat.paths(group))
                    .select(select.toArray(Column[]::new));
            frames.add(new RawFrame(df, internal, null));
        });
        return frames;
    }
}
