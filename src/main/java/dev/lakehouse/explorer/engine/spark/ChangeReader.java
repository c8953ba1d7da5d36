package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.actions.Action;
import org.apache.spark.sql.delta.actions.AddCDCFile;
import org.apache.spark.sql.delta.actions.RemoveFile;

import java.util.Optional;

import static org.apache.spark.sql.functions.col;

/**
 * What a TRANSFORM step reads from its source this run. The source version already processed lives in the
 * TARGET's commit (a SetTransaction under the step's app id), so the rows and the progress marker are committed
 * together; this reads the source's change data feed from that version + 1 to the current one, inserts only.
 * <p>
 * Changes other than inserts in that range (a MERGE, an overwrite, a DELETE upstream) are found from the log alone
 * (a RemoveFile with dataChange, or a change-data file), without a job: a MERGE step then re-reads the whole source
 * (an upsert of everything is still right); an APPEND step cannot know which of its rows are stale and fails.
 */
final class ChangeReader {
    private static final String[] CDF_COLUMNS = {"_change_type", "_commit_version", "_commit_timestamp"};

    private ChangeReader() {
    }

    /**
     * @param rows      the rows to process (null when there is nothing new)
     * @param version   the source version read up to
     * @param whole     every row of the source at that version, not only the new ones
     */
    record SourceRead(Dataset<Row> rows, long version, boolean whole) {
        boolean nothingNew() {
            return rows == null;
        }
    }

    /** The source a TRANSFORM step's {@code from:} names: a step (its target) or a table. */
    static PipelineTarget source(StepRun run) {
        String from = run.step().from().text().strip();
        Optional<StepSpec> step = run.pipeline().step(from);
        String table = step.map(s -> s.target().text()).orElse(from);
        return PipelineTarget.of(table, run.pipeline().document().baseDir());
    }

    /**
     * @param whole   read everything regardless of the marker ({@code full: true}, overwrite, full refresh)
     * @param merging the step MERGEs, so non-insert changes upstream mean "re-read everything" instead of failing
     */
    static SourceRead read(StepRun run, PipelineTarget source, PipelineTarget target, boolean whole, boolean merging) {
        SparkSession spark = run.spark();
        Snapshot snap = source.snapshot(spark).orElseThrow(() -> new QueryException(
                "Source " + source.text() + " of step " + run.step().name() + " does not exist yet."));
        long current = snap.version();
        Optional<Long> done = target.txnVersion(spark, run.appId());
        if (whole) {
            return new SourceRead(at(spark, source, current), current, true);
        }
        long upTo = unfinishedQuarantineMark(run, target, done, current).orElse(current);
        if (done.isEmpty()) { // the first run (or the first after the marker was lost): everything
            return new SourceRead(at(spark, source, upTo), upTo, true);
        }
        if (done.get() == upTo) {
            return new SourceRead(null, current, false);
        }
        String problem = done.get() > upTo ? "is at version " + current + ", behind the " + done.get()
                + " this step read up to (was it re-created?)" : nonInsertChange(spark, source, done.get() + 1, upTo);
        if (problem == null && !changeFeedOn(snap)) {
            problem = "has no change data feed (set delta.enableChangeDataFeed = true on it, or full: true on the step)";
        }
        if (problem == null) {
            return new SourceRead(changes(spark, source, done.get() + 1, upTo), upTo, false);
        }
        if (merging) {
            return new SourceRead(at(spark, source, current), current, true);
        }
        throw new QueryException("Source " + source.text() + " " + problem + "; step " + run.step().name()
                + " appends only new rows, so run the pipeline with --full-refresh to recompute "
                + target.text() + ".");
    }

    /**
     * When the quarantine table holds a mark ahead of the target's, the last run died between its two commits: read
     * exactly the range it read, so that Delta skips the quarantine append it already holds.
     */
    private static Optional<Long> unfinishedQuarantineMark(StepRun run, PipelineTarget target,
                                                           Optional<Long> done, long current) {
        if (!run.step().quarantines()) {
            return Optional.empty();
        }
        PipelineTarget q = target.quarantine(run.pipeline().document().baseDir());
        return q.txnVersion(run.spark(), run.appId()).filter(v -> (done.isEmpty() || v > done.get()) && v <= current);
    }

    private static Dataset<Row> at(SparkSession spark, PipelineTarget source, long version) {
        return spark.read().format("delta").option("versionAsOf", version)
                .load(source.location(spark).orElseThrow());
    }

    private static Dataset<Row> changes(SparkSession spark, PipelineTarget source, long from, long to) {
        return spark.read().format("delta").option("readChangeFeed", "true")
                .option("startingVersion", from).option("endingVersion", to)
                .load(source.location(spark).orElseThrow())
                .where(col("_change_type").equalTo("insert")).drop(CDF_COLUMNS);
    }

    private static boolean changeFeedOn(Snapshot snap) {
        scala.Option<String> v = snap.metadata().configuration().get(TargetWrite.CDF);
        return v.isDefined() && "true".equalsIgnoreCase(v.get().strip());
    }

    /** Why the versions {@code from..to} are not inserts only, from the log; null when they are. */
    private static String nonInsertChange(SparkSession spark, PipelineTarget source, long from, long to) {
        DeltaLog log = DeltaLog.forTable(spark, source.location(spark).orElseThrow());
        try {
            var it = log.getChanges(from, to, true);
            while (it.hasNext()) {
                scala.Tuple2<Object, scala.collection.Seq<Action>> commit = it.next();
                var actions = commit._2().iterator();
                while (actions.hasNext()) {
                    Action a = actions.next();
                    if (a instanceof AddCDCFile || (a instanceof RemoveFile r && r.dataChange())) {
                        return "changed rows other than by inserts at version " + commit._1();
                    }
                }
            }
            return null;
        } catch (RuntimeException logGone) { // the log of those versions was cleaned up
            return "no longer has the log of versions " + from + " to " + to;
        }
    }
}
