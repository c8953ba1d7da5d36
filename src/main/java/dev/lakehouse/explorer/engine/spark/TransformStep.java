package dev.lakehouse.explorer.engine.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.engine.pipelines.WriteMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code from:} step: reads what changed in its source since its last run ({@link ChangeReader}), shapes, filters
 * and checks it ({@link StepBody}) and writes it in one commit carrying the source version it read up to.
 * <p>
 * The whole source is read for {@code full: true}, for an overwrite and on a full refresh (which also overwrites,
 * whatever the step's mode, so a recomputed target holds each row once).
 */
final class TransformStep implements StepExecutor {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public StepReport execute(StepRun run) {
        try {
            return run(run);
        } catch (ExpectationFailure e) { // the runner reports its counts
            throw e;
        } catch (Exception e) { // Spark's own (AnalysisException is undeclared): one line for the user
            throw SparkErrors.map(e);
        }
    }

    private StepReport run(StepRun run) {
        Instant started = Instant.now();
        SparkSession spark = run.spark();
        PipelineTarget target = run.target();
        TargetWrite.refuseView(spark, target);
        WriteMode mode = run.fullRefresh() ? WriteMode.OVERWRITE : mode(run.step());
        boolean whole = run.step().full() || mode == WriteMode.OVERWRITE;
        ChangeReader.SourceRead read = ChangeReader.read(run, ChangeReader.source(run), target, whole,
                mode == WriteMode.MERGE);
        Optional<Long> mark = target.txnVersion(spark, run.appId());
        boolean seen = mark.isPresent() && read.version() <= mark.get();
        if (read.nothingNew() || (seen && mode == WriteMode.APPEND)) { // an append never takes a version twice
            return StepBody.nothing(run, target.version(spark).orElse(null), read.version(), started);
        }
        // Delta skips a commit whose txn version is not above the recorded one: an overwrite of the same source
        // version (a full refresh) goes without, leaving the marker where it is, which is still true.
        TargetWrite.Txn txn = seen ? null : new TargetWrite.Txn(run.appId(), read.version());
        return StepBody.run(run, read.rows(), mode, txn, note(run, read.version()), read.version(), started);
    }

    @Override
    public StructType plan(StepRun run, Map<String, StructType> upstream) {
        return StepPlanner.planTransform(run, upstream);
    }

    static WriteMode mode(StepSpec step) {
        return step.write() == null || step.write().mode() == null ? WriteMode.APPEND : step.write().mode();
    }

    /** The commit's userMetadata: who wrote it and from which source version, for the history and lineage. */
    private static String note(StepRun run, long sourceVersion) {
        ObjectNode n = JSON.createObjectNode();
        n.put("lakehouse", "transform");
        n.put("pipeline", run.pipeline().name());
        n.put("step", run.step().name());
        n.put("run", run.runId());
        n.put("sourceVersion", sourceVersion);
        return n.toString();
    }
}
