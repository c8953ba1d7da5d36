package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.samples.LoadedTable;
import dev.lakehouse.explorer.engine.samples.SampleDataset;
import dev.lakehouse.explorer.engine.samples.SampleFiles;
import dev.lakehouse.explorer.engine.samples.SampleService;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Loads the shipped sample files into bronze Delta tables. Bronze keeps the data as it arrived: the raw feeds stay
 * strings with the malformed line kept in {@code _corrupt_record}, and every row records its source file and load
 * time — what the medallion lessons clean up in silver.
 */
final class SparkSampleService implements SampleService {
    private final Workspace workspace;
    private final Supplier<SparkSession> session;
    private final Supplier<SparkJobs> jobs;

    SparkSampleService(Workspace workspace, Supplier<SparkSession> session, Supplier<SparkJobs> jobs) {
        this.workspace = workspace;
        this.session = session;
        this.jobs = jobs;
    }

    @Override
    public List<LoadedTable> load(JobContext ctx) {
        SparkSession spark = session.get();
        ctx.step("Copying the sample files into the workspace");
        SampleFiles.extractTo(workspace.samples());
        dev.lakehouse.explorer.engine.samples.SamplePipeline.install(workspace.pipelines());
        List<LoadedTable> loaded = new ArrayList<>();
        SampleDataset[] datasets = SampleDataset.values();
        for (int i = 0; i < datasets.length; i++) {
            SampleDataset d = datasets[i];
            ctx.step("Loading " + d.bronzeTable() + " (" + (i + 1) + "/" + datasets.length + ")");
            loaded.add(jobs.get().run(ctx, () -> load(spark, d)));
        }
        return loaded;
    }

    private LoadedTable load(SparkSession spark, SampleDataset d) {
        Path folder = workspace.samples().resolve(d.folder());
        Dataset<Row> df = read(spark, d, folder.toString())
                .withColumn("_source_file", functions.input_file_name())
                .withColumn("_ingested_at", functions.current_timestamp());
        df.write().format("delta").mode("overwrite").option("overwriteSchema", "true").saveAsTable(d.bronzeTable());
        long rows = spark.table(d.bronzeTable()).count();
        if (rows == 0) {
            throw new QueryException("Sample dataset " + d.folder() + " loaded no rows: are the sample files intact?");
        }
        return new LoadedTable(d.bronzeTable(), rows);
    }

    private static Dataset<Row> read(SparkSession spark, SampleDataset d, String path) {
        if ("json".equals(d.format())) {
            return spark.read().option("primitivesAsString", "true").json(path);
        }
        DataFrameReader reader = spark.read().option("header", "true").option("mode", "PERMISSIVE");
        if (!d.raw()) {
            return reader.option("inferSchema", "true").csv(path);
        }
        // Raw feeds: every column a string as it arrived, plus the whole line when it did not parse.
        StructType header = reader.csv(path).schema();
        StructType schema = new StructType();
        for (String name : header.fieldNames()) {
            schema = schema.add(name, DataTypes.StringType);
        }
        schema = schema.add("_corrupt_record", DataTypes.StringType);
        return reader.schema(schema).option("columnNameOfCorruptRecord", "_corrupt_record").csv(path);
    }
}
