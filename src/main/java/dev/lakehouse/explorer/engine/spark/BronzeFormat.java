package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.SourceSpec;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Map;

/**
 * Reads one file format into bronze. Files are read per group of files that share their layout (a CSV header, a
 * Parquet schema), so that columns are mapped by name per file; the groups are unioned into one write.
 */
interface BronzeFormat {

    /** The data columns of these files by Spark's inference, merged by name in order of first appearance. */
    StructType infer(List<SourceFile> files);

    /** For each file that has any, its columns the data schema does not have (by name, case-insensitive). */
    Map<SourceFile, List<String>> newColumns(List<SourceFile> files, StructType data);

    /** The files as raw frames, to be typed against the data schema by {@link RescueBuilder}. */
    List<RawFrame> read(List<SourceFile> files, StructType data);

    static BronzeFormat of(SourceSpec source, SparkSession spark) {
        ReaderOptions options = new ReaderOptions(source.options());
        switch (source.format()) {
            case CSV:
                return new CsvBronzeFormat(spark, options);
            case JSON:
                return new JsonBronzeFormat(spark, options);
            default:
                return new ParquetBronzeFormat(spark, options);
        }
    }
}
