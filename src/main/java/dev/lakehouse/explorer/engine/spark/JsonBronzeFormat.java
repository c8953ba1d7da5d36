package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines into bronze: one object per line, UTF-8 (as RFC 8259 requires; the {@code encoding} option is not
 * used). Each line is read as text and parsed into a {@code map<string,string>} (every value as its JSON text), so
 * that a line that is not a JSON object keeps its raw text as {@code _corrupt_record}, a value of the wrong type is
 * rescued when typed, and keys the table does not have can go to {@code _rescued_data}. Blank lines are no records
 * (Spark's JSON reader skips them too). Schema inference is Spark's (its columns come sorted by name).
 */
final class JsonBronzeFormat implements BronzeFormat {
    private final SparkSession spark;
    private final ReaderOptions options;

    JsonBronzeFormat(SparkSession spark, ReaderOptions options) {
        this.spark = spark;
        this.options = options;
    }

    @Override
    public StructType infer(List<SourceFile> files) {
        List<SourceFile> nonEmpty = files.stream().filter(f -> f.size() > 0).toList();
        if (nonEmpty.isEmpty()) {
            return new StructType();
        }
        StructType s = spark.read().options(options.passThrough()).json(CsvBronzeFormat.paths(nonEmpty)).schema();
        return new StructType(Arrays.stream(s.fields()).filter(f -> !f.name().equals(RawFrame.CORRUPT))
                .toArray(StructField[]::new));
    }

    /** One inference over all the files; only when some column is new, one per file to name the files. */
    @Override
    public Map<SourceFile, List<String>> newColumns(List<SourceFile> files, StructType data) {
        Map<SourceFile, List<String>> out = new LinkedHashMap<>();
        if (BronzeSchema.missingFrom(data, Arrays.asList(infer(files).fieldNames())).isEmpty()) {
            return out;
        }
        for (SourceFile f : files) {
            List<String> missing = BronzeSchema.missingFrom(data, Arrays.asList(infer(List.of(f)).fieldNames()));
            if (!missing.isEmpty()) {
                out.put(f, missing);
            }
        }
        return out;
    }

    @Override
    public List<RawFrame> read(List<SourceFile> files, StructType data) {
        List<SourceFile> nonEmpty = files.stream().filter(f -> f.size() > 0).toList();
        if (nonEmpty.isEmpty()) {
            return List.of();
        }
        Dataset<Row> lines = spark.read().text(CsvBronzeFormat.paths(nonEmpty))
                .select(functions.regexp_replace(functions.col("value"), "^\uFEFF", "").as("value"),
                        RawFrame.sourceFile(nonEmpty))
                .where(functions.trim(functions.col("value")).notEqual(""));
        Dataset<Row> parsed = lines.select(functions.col("value"), functions.col(BronzeColumns.SOURCE_FILE),
                functions.expr("from_json(value, 'map<string,string>')").as("m"));
        Map<String, String> internal = new LinkedHashMap<>();
        List<Column> select = new ArrayList<>();
        List<Column> known = new ArrayList<>();
        String[] names = data.fieldNames();
        for (int i = 0; i < names.length; i++) {
            internal.put(names[i], "c" + i);
            select.add(functions.try_element_at(functions.col("m"), functions.lit(names[i])).as("c" + i));
            known.add(functions.lit(names[i]));
        }
        select.add(functions.when(functions.col("m").isNull(), functions.col("value")).as(RawFrame.CORRUPT));
        select.add(functions.col(BronzeColumns.SOURCE_FILE));
        Column knownArray = known.isEmpty() ? functions.array().cast("array<string>")
                : functions.array(known.toArray(Column[]::new));
        select.add(functions.map_filter(functions.col("m"),
                (k, v) -> functions.not(functions.array_contains(knownArray, k))).as("_extras"));
        Dataset<Row> df = parsed.select(select.toArray(Column[]::new));
        return List.of(new RawFrame(df, internal, functions.col("_extras")));
    }
}
