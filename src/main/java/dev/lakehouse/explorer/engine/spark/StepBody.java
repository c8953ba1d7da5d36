package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import dev.lakehouse.explorer.engine.pipelines.WriteMode;
import dev.lakehouse.explorer.engine.pipelines.WriteSpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What TRANSFORM and SQL steps share once their input is read, in the contract's order: {@code columns} →
 * {@code where} → expectations → {@code dedupe} → write. The quarantine commit, when there is one, comes before the
 * target's. Counts: read = written + dropped + quarantined + duplicates, where the written count is the one the
 * commit reports and the duplicates are what dedupe removed from the rows kept.
 */
final class StepBody {
    private StepBody() {
    }

    /**
     * @param txn           the SetTransaction for both commits, or null
     * @param sourceVersion for the report, or null
     */
    static StepReport run(StepRun run, Dataset<Row> input, WriteMode mode, TargetWrite.Txn txn, String note,
                          Long sourceVersion, Instant started) {
        SparkSession spark = run.spark();
        StepSpec step = run.step();
        PipelineTarget target = run.target();
        StepShape shape = StepShape.of(step, input.schema());
        String where = step.where() == null ? null : step.where().text();
        try (Expectations ex = Expectations.over(shape.apply(step, input), where, step.expectations())) {
            Expectations.Counts counts = ex.counts();
            ex.checkFailRules(shape.outputs().toArray(String[]::new));
            if (counts.quarantined() > 0) {
                Quarantine.append(spark, target.quarantine(run.pipeline().document().baseDir()),
                        ex.quarantined(shape.inputColumns(step)), run.runId(), Instant.now(), txn);
            }
            Dataset<Row> rows = Dedupe.apply(ex.kept(), step.dedupe());
            Written w = write(run, target, rows, shape, mode, txn, note);
            if (w.version().isEmpty()) { // Delta skipped the commit: its SetTransaction is already on the target
                return nothing(run, target.version(spark).orElse(null), sourceVersion, started);
            }
            long duplicates = counts.kept() - w.written();
            return new StepReport(step.name(), step.kind(), StepStatus.SUCCEEDED, target.text(), w.version().get(),
                    counts.read(), w.written(), w.inserted(), w.updated(), w.deleted(), w.unchanged(),
                    counts.dropped(), counts.quarantined(),
                    duplicates, 0, counts.results(), sourceVersion, started, Instant.now(), null);
        }
    }

    /** A step that had nothing to read: no commit, the target's version as it is. */
    static StepReport nothing(StepRun run, Long version, Long sourceVersion, Instant started) {
        StepSpec step = run.step();
        List<dev.lakehouse.explorer.engine.pipelines.ExpectationResult> none = new ArrayList<>();
        step.expectations().forEach(e -> none.add(
                new dev.lakehouse.explorer.engine.pipelines.ExpectationResult(e.name(), e.action(), 0, 0)));
        return new StepReport(step.name(), step.kind(), StepStatus.SUCCEEDED, step.target().text(), version, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, none, sourceVersion, started, Instant.now(), null);
    }

    /** A commit's outcome; inserted/updated/deleted/unchanged are MERGE's (all 0 for append and overwrite). */
    private record Written(Optional<Long> version, long written, long inserted, long updated, long deleted,
                           boolean merged) {
        long unchanged() {
            return merged ? written - inserted - updated - deleted : 0;
        }
    }

    private static Written write(StepRun run, PipelineTarget target, Dataset<Row> rows, StepShape shape,
                                 WriteMode mode, TargetWrite.Txn txn, String note) {
        SparkSession spark = run.spark();
        List<Column> out = new ArrayList<>(List.of(shape.outputColumns()));
        if (mode == WriteMode.MERGE) {
            WriteSpec ws = run.step().write();
            if (ws.deleteWhen() != null && !ws.deleteWhen().isBlank()) {
                out.add(MergeWrite.deleteFlag(ws.deleteWhen()));
            }
            MergeWrite.Result r = MergeWrite.merge(spark, target, rows.select(out.toArray(Column[]::new)), ws, txn,
                    note);
            return new Written(r.version(), r.written(), r.inserted(), r.updated(), r.deleted(), true);
        }
        Dataset<Row> selected = rows.select(out.toArray(Column[]::new));
        TargetWrite.Commit c = mode == WriteMode.APPEND ? TargetWrite.append(spark, target, selected, txn, note)
                : TargetWrite.overwrite(spark, target, selected, txn, note);
        return new Written(c.version(), c.metric("numOutputRows"), 0, 0, 0, false);
    }
}
