package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV into bronze. Each file's header is read on the driver ({@link CsvHeader}); files with the same header are
 * read together by Spark with that header as an all-text schema, PERMISSIVE, with a corrupt-record column: a line
 * with too few or too many fields or a quote never closed keeps the fields Spark could read and its raw text.
 * Values are typed afterwards ({@link RescueBuilder}), so a value of the wrong type is rescued, not lost.
 * Encoding: Spark decodes with {@code encoding} (UTF-8 by default): Latin-1 bytes read as UTF-8 become U+FFFD,
 * so a Latin-1 feed needs {@code encoding: ISO-8859-1}.
 */
final class CsvBronzeFormat implements BronzeFormat {
    private final SparkSession spark;
    private final ReaderOptions options;
    private final CsvHeader headers;

    CsvBronzeFormat(SparkSession spark, ReaderOptions options) {
        this.spark = spark;
        this.options = options;
        this.headers = new CsvHeader(options, spark.sparkContext().hadoopConfiguration());
    }

    /** Files by their header, in path order; files with no columns (zero-byte, blank) are left out: no rows. */
    private Map<List<String>, List<SourceFile>> groups(List<SourceFile> files) {
        Map<List<String>, List<SourceFile>> groups = new LinkedHashMap<>();
        for (SourceFile f : files) {
            List<String> cols = headers.columns(f);
            if (!cols.isEmpty()) {
                groups.computeIfAbsent(cols, k -> new ArrayList<>()).add(f);
            }
        }
        return groups;
    }

    @Override
    public StructType infer(List<SourceFile> files) {
        List<StructType> schemas = new ArrayList<>();
        groups(files).forEach((cols, group) -> {
            StructType inferred = reader().option("inferSchema", "true").csv(paths(group)).schema();
            StructType s = new StructType();
            for (int i = 0; i < cols.size(); i++) { // types by position, names from our header (no BOM)
                s = s.add(cols.get(i), i < inferred.size() ? inferred.fields()[i].dataType() : DataTypes.StringType);
            }
            schemas.add(s);
        });
        return BronzeSchema.merge(schemas);
    }

    @Override
    public Map<SourceFile, List<String>> newColumns(List<SourceFile> files, StructType data) {
        Map<SourceFile, List<String>> out = new LinkedHashMap<>();
        groups(files).forEach((cols, group) -> {
            List<String> missing = BronzeSchema.missingFrom(data, cols);
            if (!missing.isEmpty()) {
                group.forEach(f -> out.put(f, missing));
            }
        });
        return out;
    }

    @Override
    public List<RawFrame> read(List<SourceFile> files, StructType data) {
        List<RawFrame> frames = new ArrayList<>();
        groups(files).forEach((cols, group) -> frames.add(read(cols, group)));
        return frames;
    }

    private RawFrame read(List<String> cols, List<SourceFile> group) {
        StructType schema = new StructType();
        Map<String, String> internal = new LinkedHashMap<>();
        List<Column> select = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            schema = schema.add(new StructField("c" + i, DataTypes.StringType, true,
                    org.apache.spark.sql.types.Metadata.empty()));
            internal.put(cols.get(i), "c" + i);
            select.add(functions.col("c" + i));
        }
        schema = schema.add(RawFrame.CORRUPT, DataTypes.StringType);
        select.add(functions.col(RawFrame.CORRUPT));
        select.add(RawFrame.sourceFile(group));
        Dataset<Row> df = reader().schema(schema).option("enforceSchema", "true")
                .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", RawFrame.CORRUPT)
                .csv(paths(group)).select(select.toArray(Column[]::new));
        return new RawFrame(df, internal, null);
    }

    private DataFrameReader reader() {
        return spark.read().options(options.passThrough()).option("header", String.valueOf(options.header()));
    }

    static String[] paths(List<SourceFile> group) {
        return group.stream().map(f -> f.path().toString()).toArray(String[]::new);
    }
}
