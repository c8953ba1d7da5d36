package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.PipelineException;
import dev.lakehouse.explorer.engine.pipelines.SourceSpec;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bronze step ({@code source:}): the files of the source folder not ingested before, appended to the target in
 * one Delta commit that also records them (see {@link IngestLog}) and carries the step's SetTransaction
 * ({@code txnAppId} = {@link StepRun#appId()}, {@code txnVersion} = the batch number), so that the same batch can
 * never be committed twice. A re-run with no new file commits nothing. {@code --full-refresh} re-reads every file
 * and overwrites.
 */
final class BronzeIngest implements StepExecutor {

    @Override
    public StepReport execute(StepRun run) {
        Instant started = Instant.now();
        SparkSession spark = run.spark();
        String dedup = spark.conf().get("spark.sql.mapKeyDedupPolicy", "EXCEPTION");
        spark.conf().set("spark.sql.mapKeyDedupPolicy", "LAST_WIN"); // a JSON line with a key twice is no crash
        try {
            return ingest(run, started);
        } finally {
            spark.conf().set("spark.sql.mapKeyDedupPolicy", dedup);
        }
    }

    private StepReport ingest(StepRun run, Instant started) {
        SparkSession spark = run.spark();
        PipelineTarget target = run.target();
        SourceSpec source = run.step().source();
        if (target.isView(spark)) {
            throw new PipelineException(target + " is a view; a bronze step writes a Delta table");
        }
        List<SourceFile> files = folder(run).list();
        IngestLog log = new IngestLog(spark, run.pipeline().name(), run.step().name(), target);
        Set<String> done = run.fullRefresh() ? Set.of() : log.ingested();
        List<SourceFile> fresh = files.stream().filter(f -> !done.contains(f.id())).toList();
        boolean exists = target.exists(spark);
        if (fresh.isEmpty() && !(run.fullRefresh() && exists)) {
            return report(run, target.version(spark).orElse(null), 0, 0, started);
        }
        progress(run, "Ingesting " + fresh.size() + " file(s) into " + target);
        BronzeFormat format = BronzeFormat.of(source, spark);
        StructType tableData = run.fullRefresh() ? null
                : target.snapshot(spark).map(s -> BronzeColumns.dataOf(s.schema())).orElse(null);
        StructType data = new IngestSchema(run, format, target).resolve(tableData, fresh);
        Dataset<Row> rows = rows(run, format, fresh, data);
        long batch = target.txnVersion(spark, run.appId()).orElse(0L) + 1;
        IngestCommit note = new IngestCommit(run.pipeline().name(), run.step().name(), batch, run.runId(),
                fresh.stream().map(SourceFile::id).toList());
        boolean addsColumns = tableData != null && data.size() > tableData.size();
        write(run, target, rows, note, exists, addsColumns, fresh);
        long version = target.version(spark).orElseThrow();
        long written = new CommitMetrics(spark, target).outputRows(version, note);
        log.reconcile();
        return report(run, version, written, fresh.size(), started);
    }

    private static SourceFolder folder(StepRun run) {
        SourceFolder folder = new SourceFolder(run.step().source().path(),
                run.spark().sparkContext().hadoopConfiguration());
        if (!folder.exists()) {
            throw new PipelineException("source folder " + run.step().source().path() + " does not exist");
        }
        return folder;
    }

    /** Every group of files typed and rescued, unioned into the one frame the commit writes. */
    private static Dataset<Row> rows(StepRun run, BronzeFormat format, List<SourceFile> fresh, StructType data) {
        RescueBuilder rescue = new RescueBuilder(data, Timestamp.from(run.runStarted()));
        Dataset<Row> all = null;
        for (RawFrame raw : format.read(fresh, data)) {
            Dataset<Row> typed = rescue.build(raw);
            all = all == null ? typed : all.union(typed);
        }
        return all != null ? all
                : run.spark().createDataFrame(List.<Row>of(), BronzeColumns.withBronze(data)); // only empty files
    }

    private static void write(StepRun run, PipelineTarget target, Dataset<Row> rows, IngestCommit note,
                              boolean exists, boolean addsColumns, List<SourceFile> fresh) {
        DataFrameWriter<Row> w = rows.write().mode(run.fullRefresh() ? "overwrite" : "append")
                .option("txnAppId", run.appId()).option("txnVersion", String.valueOf(note.batch()))
                .option("userMetadata", note.toJson());
        if (!exists || run.fullRefresh()) {
            w = w.option("delta.enableChangeDataFeed", "true");
        }
        if (run.fullRefresh()) {
            w = w.option("overwriteSchema", "true");
        } else if (addsColumns) {
            w = w.option("mergeSchema", "true");
        }
        try {
            target.save(w, run.spark(), note.toJson());
        } catch (RuntimeException e) {
            throw failure(e, fresh);
        }
    }

    /** A read failure names the file it is about; anything else is mapped as any Spark error. */
    private static EngineException failure(RuntimeException e, List<SourceFile> fresh) {
        EngineException mapped = SparkErrors.map(e);
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            for (SourceFile f : fresh) {
                if (m.contains(f.path().toUri().getPath()) || m.contains(f.id())) {
                    return new PipelineException("cannot read " + f.id() + ": " + mapped.getMessage());
                }
            }
        }
        return mapped;
    }

    private static void progress(StepRun run, String message) {
        if (run.ctx() != null) {
            run.ctx().step(message);
        }
    }

    private static StepReport report(StepRun run, Long version, long rows, long files, Instant started) {
        return new StepReport(run.step().name(), StepKind.INGEST, StepStatus.SUCCEEDED, run.step().target().text(),
                version, rows, rows, 0, 0, 0, 0, 0, 0, 0, files, List.of(), null, started, Instant.now(), null);
    }

    @Override
    public StructType plan(StepRun run, Map<String, StructType> upstream) {
        SparkSession spark = run.spark();
        PipelineTarget target = run.target();
        if (target.isView(spark)) {
            throw new StepPlanException(run.step().target().line(),
                    target + " is a view; a bronze step writes a Delta table");
        }
        var existing = target.snapshot(spark);
        if (existing.isPresent()) {
            return existing.get().schema();
        }
        SourceSpec source = run.step().source();
        SourceFolder folder = new SourceFolder(source.path(), spark.sparkContext().hadoopConfiguration());
        if (!folder.exists()) {
            throw new StepPlanException(source.line(), "source folder " + source.path() + " does not exist");
        }
        try {
            if (!run.step().schema().isEmpty()) {
                return BronzeColumns.withBronze(declared(run));
            }
            List<SourceFile> sample = folder.list().stream().filter(f -> f.size() > 0).limit(PLAN_SAMPLE).toList();
            return BronzeColumns.withBronze(BronzeFormat.of(source, spark).infer(sample));
        } catch (PipelineException e) {
            throw new StepPlanException(source.line(), e.getMessage());
        }
    }

    /** The declared schema; a type Spark does not know is a problem at its own line. */
    private static StructType declared(StepRun run) {
        for (var c : run.step().schema()) {
            try {
                BronzeSchema.type(c);
            } catch (PipelineException e) {
                throw new StepPlanException(c.line(), e.getMessage());
            }
        }
        return BronzeSchema.declared(run.step().schema());
    }

    /** How many files plan() infers a schema from when there is no table and no declared schema yet. */
    private static final int PLAN_SAMPLE = 5;
}
