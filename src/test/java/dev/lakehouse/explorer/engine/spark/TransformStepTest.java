package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.ExpectationResult;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import dev.lakehouse.explorer.engine.pipelines.WriteMode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.lakehouse.explorer.engine.spark.StepFixture.insert;
import static dev.lakehouse.explorer.engine.spark.StepFixture.pipeline;
import static dev.lakehouse.explorer.engine.spark.StepFixture.rows;
import static dev.lakehouse.explorer.engine.spark.StepFixture.run;
import static dev.lakehouse.explorer.engine.spark.StepFixture.table;
import static dev.lakehouse.explorer.engine.spark.StepFixture.transform;
import static dev.lakehouse.explorer.engine.spark.StepFixture.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TRANSFORM steps on real Delta tables: counts, expectations, quarantine, incremental reads and idempotence. */
class TransformStepTest {
    private static final String ORDERS = "order_id STRING, amount STRING, status STRING, updated_at INT";
    private static SparkSession spark;
    @TempDir
    Path dir;

    @BeforeAll
    static void session() {
        spark = StepFixture.spark();
    }

    /**
     * Eight rows, each chosen for one path through where and the rules (see the comments); the expected counts are
     * worked out by hand from them.
     */
    private String orders() {
        return table(spark, dir, "bronze", ORDERS,
                "('1', '10', 'ok', 1)",    // kept
                "('2', '-5', 'ok', 1)",    // amount_positive fails: dropped
                "('x', '20', 'ok', 1)",    // order_id casts to null: quarantined
                "('4', 'abc', 'ok', 1)",   // amount null: amount_positive (drop) and amount_small (warn) fail
                "('5', '500', 'ok', 1)",   // amount_small fails (warn): kept
                "('6', '30', 'test', 1)",  // where: dropped
                "('7', '40', NULL, 1)",    // where gives null: dropped
                "('y', '-1', 'ok', 1)");   // quarantine and drop rules both fail: quarantined
    }

    private StepFixture.Step silver(String source, String target) {
        return transform("silver", source, 10).target(target)
                .column("order_id", "CAST(order_id AS BIGINT)").column("amount", "CAST(amount AS INT)")
                .where("status <> 'test'")
                .expect("id_present", "order_id IS NOT NULL", ExpectationAction.QUARANTINE)
                .expect("amount_positive", "amount > 0", ExpectationAction.DROP)
                .expect("amount_small", "amount < 100", ExpectationAction.WARN);
    }

    private static void assertAddsUp(StepReport r) {
        assertEquals(r.rowsRead(), r.rowsWritten() + r.rowsDropped() + r.rowsQuarantined() + r.rowsDuplicates(),
                "read = written + dropped + quarantined + duplicates: " + r);
    }

    @Test
    void countsExpectationsAndQuarantineOfOneRun() {
        String src = orders();
        String target = dir.resolve("silver").toString();
        PipelineSpec p = pipeline("orders", dir, silver(src, target).build());
        StepRun run = run(spark, p, "silver", false);
        StepReport r = new TransformStep().execute(run);

        assertEquals(StepStatus.SUCCEEDED, r.status());
        assertEquals(8, r.rowsRead());
        assertEquals(4, r.rowsDropped()); // 2 by where + rows 2 and 4 by amount_positive
        assertEquals(2, r.rowsQuarantined());
        assertEquals(0, r.rowsDuplicates());
        assertEquals(2, r.rowsWritten());
        assertAddsUp(r);
        assertEquals(List.of(new ExpectationResult("id_present", ExpectationAction.QUARANTINE, 4, 2),
                new ExpectationResult("amount_positive", ExpectationAction.DROP, 3, 3),
                new ExpectationResult("amount_small", ExpectationAction.WARN, 4, 2)), r.expectations());

        List<Row> written = rows(spark, target, "order_id");
        assertEquals(List.of("[1,10]", "[5,500]"), written.stream().map(Row::toString).toList());
        assertEquals(List.of("order_id", "amount"), List.of(spark.read().format("delta").load(target).columns()));
        assertEquals(r.version(), version(spark, target));
        assertEquals("true", spark.sql("DESCRIBE DETAIL delta.`" + target + "`").first()
                .getJavaMap(spark.sql("DESCRIBE DETAIL delta.`" + target + "`").first().fieldIndex("properties"))
                .get("delta.enableChangeDataFeed"));

        // the quarantine keeps the row as it came in (strings, before the casts) and every rule it failed
        List<Row> q = spark.read().format("delta").load(target + "_quarantine").orderBy("order_id").collectAsList();
        assertEquals(2, q.size());
        assertEquals(List.of("order_id", "amount", "status", "updated_at", "_failed_rules", "_run_id",
                "_quarantined_at"), List.of(q.get(0).schema().fieldNames()));
        assertEquals("x", q.get(0).getString(0));
        assertEquals("20", q.get(0).getString(1));
        assertEquals(List.of("id_present"), q.get(0).getList(4));
        assertEquals("y", q.get(1).getString(0));
        assertEquals(List.of("id_present", "amount_positive"), q.get(1).getList(4));
        assertEquals(run.runId(), q.get(0).getString(5));
        assertFalse(q.get(0).isNullAt(6));
    }

    @Test
    void secondRunReadsOnlyTheNewRowsAndAThirdReadsNothing() {
        String src = orders();
        String target = dir.resolve("silver").toString();
        PipelineSpec p = pipeline("orders", dir, silver(src, target).build());
        new TransformStep().execute(run(spark, p, "silver", false));

        insert(spark, src, "('9', '15', 'ok', 2)", "('10', 'x', 'ok', 2)");
        StepReport second = new TransformStep().execute(run(spark, p, "silver", false));
        assertEquals(2, second.rowsRead());
        assertEquals(1, second.rowsWritten());
        assertEquals(1, second.rowsDropped());
        assertAddsUp(second);
        assertEquals(version(spark, src), second.sourceVersion());
        assertEquals(List.of(1L, 5L, 9L), rows(spark, target, "order_id").stream().map(x -> x.getLong(0)).toList());
        assertEquals(2, spark.read().format("delta").load(target + "_quarantine").count(), "quarantined once");

        long before = version(spark, target);
        StepReport third = new TransformStep().execute(run(spark, p, "silver", false));
        assertEquals(0, third.rowsRead());
        assertEquals(before, third.version());
        assertEquals(before, version(spark, target), "nothing new: no commit");
    }

    @Test
    void aRerunAfterTheCommitAddsNothingAndARepeatedTxnIsSkippedByDelta() {
        String src = table(spark, dir, "src", "id INT, v STRING", "(1, 'a')", "(2, 'b')");
        String target = dir.resolve("out").toString();
        PipelineSpec p = pipeline("idem", dir, transform("copy", src, 1).target(target).build());
        new TransformStep().execute(run(spark, p, "copy", false));
        // the process died right after the commit: the next run starts from that state
        StepReport again = new TransformStep().execute(run(spark, p, "copy", false));
        assertEquals(0, again.rowsRead());
        assertEquals(2, spark.read().format("delta").load(target).count());

        // the same append with the same SetTransaction, as a run that read the range before the commit landed
        PipelineTarget t = PipelineTarget.of(target, dir);
        long v = version(spark, target);
        TargetWrite.Txn txn = new TargetWrite.Txn("lakehouse:idem:copy", t.txnVersion(spark, "lakehouse:idem:copy")
                .orElseThrow());
        TargetWrite.Commit c = TargetWrite.append(spark, t, spark.read().format("delta").load(src), txn, null);
        assertTrue(c.version().isEmpty(), "Delta skipped it");
        assertEquals(v, version(spark, target));
        assertEquals(2, spark.read().format("delta").load(target).count());
    }

    @Test
    void dedupeKeepsTheFirstRowByOrderAndCountsTheRest() {
        String src = table(spark, dir, "src", ORDERS,
                "('1', '10', 'ok', 1)", "('1', '11', 'ok', 2)", "('2', '5', 'ok', 1)", "('1', '9', 'ok', 0)");
        String target = dir.resolve("out").toString();
        PipelineSpec p = pipeline("dd", dir, transform("dd", src, 1).target(target)
                .column("order_id", "CAST(order_id AS BIGINT)").column("amount", "CAST(amount AS INT)")
                .dedupe("updated_at DESC", "order_id").build());
        StepReport r = new TransformStep().execute(run(spark, p, "dd", false));
        assertEquals(4, r.rowsRead());
        assertEquals(2, r.rowsDuplicates());
        assertEquals(2, r.rowsWritten());
        assertAddsUp(r);
        assertEquals(List.of("[1,11]", "[2,5]"), rows(spark, target, "order_id").stream().map(Row::toString).toList());
    }

    @Test
    void aFailRuleFailsTheStepWithTheCountAndFirstRowAndCommitsNothing() {
        String src = table(spark, dir, "src", "order_id STRING, amount INT",
                "('ORD-1', -2)", "('ORD-2', 5)", "('ORD-3', NULL)", "('ORD-4', 7)");
        String target = dir.resolve("out").toString();
        PipelineSpec p = pipeline("f", dir, transform("f", src, 1).target(target)
                .expect("id_present", "order_id IS NULL", ExpectationAction.QUARANTINE) // quarantines 4 rows
                .expect("amount_positive", "amount > 0", ExpectationAction.FAIL).build());
        ExpectationFailure e = assertThrows(ExpectationFailure.class,
                () -> new TransformStep().execute(run(spark, p, "f", false)));
        assertEquals("expectation amount_positive failed for 2 rows (first: order_id=ORD-1, amount=-2)",
                e.getMessage());
        assertEquals(4, e.rowsRead());
        assertEquals(List.of("id_present:0/4", "amount_positive:2/2"), e.results().stream()
                .map(r -> r.name() + ":" + r.passed() + "/" + r.failed()).toList());
        assertFalse(Files.exists(Path.of(target)), "no target");
        assertFalse(Files.exists(Path.of(target + "_quarantine")), "no quarantine either");
    }

    @Test
    void mergeCountsInsertsUpdatesDeletesAndUnchangedFromTheData() {
        String src = table(spark, dir, "changes", "id INT, name STRING, amount INT, op STRING",
                "(1, 'a', 10, 'I')", "(2, 'b', 20, 'I')", "(3, 'c', 30, 'I')", "(9, 'z', 90, 'D')");
        String target = dir.resolve("silver").toString();
        PipelineSpec p = pipeline("m", dir, transform("m", src, 1).target(target)
                .column("id", "id").column("name", "name").column("amount", "amount")
                .merge("op = 'D'", true, true, "id").build());

        StepReport first = new TransformStep().execute(run(spark, p, "m", false));
        // created by the first run: 3 inserted, the delete of 9 matched nothing
        assertEquals(List.of(4L, 4L, 3L, 0L, 0L, 1L), List.of(first.rowsRead(), first.rowsWritten(),
                first.rowsInserted(), first.rowsUpdated(), first.rowsDeleted(), first.rowsUnchanged()));

        insert(spark, src, "(1, 'a', 10, 'U')", // identical: unchanged
                "(2, 'B', 20, 'U')",              // changed: updated
                "(3, 'c', 30, 'D')",              // deleted
                "(4, 'd', 40, 'I')",              // inserted
                "(8, 'q', 1, 'D')",               // delete of a key the target lacks: unchanged
                "(5, NULL, NULL, 'I')");           // new key with nulls: inserted
        StepReport second = new TransformStep().execute(run(spark, p, "m", false));
        assertEquals(6, second.rowsRead());
        assertEquals(6, second.rowsWritten());
        assertEquals(2, second.rowsInserted());
        assertEquals(1, second.rowsUpdated());
        assertEquals(1, second.rowsDeleted());
        assertEquals(2, second.rowsUnchanged());
        assertAddsUp(second);
        assertEquals(List.of("[1,a,10]", "[2,B,20]", "[4,d,40]", "[5,null,null]"),
                rows(spark, target, "id").stream().map(Row::toString).toList());

        insert(spark, src, "(2, NULL, 25, 'U')"); // ignore_nulls: the name stays
        StepReport third = new TransformStep().execute(run(spark, p, "m", false));
        assertEquals(1, third.rowsUpdated());
        assertEquals("[2,B,25]", rows(spark, target, "id").get(1).toString());
        assertEquals("MERGE", spark.sql("DESCRIBE HISTORY delta.`" + target + "`").first().getAs("operation"));
    }

    @Test
    void mergeWithADuplicateKeyNamesItAndCommitsNothing() {
        String src = table(spark, dir, "changes", "id INT, name STRING",
                "(1, 'a')", "(5, 'e')", "(5, 'f')", "(6, 'g')");
        String target = dir.resolve("silver").toString();
        table(spark, dir, "silver", "id INT, name STRING", "(1, 'old')");
        long before = version(spark, target);
        PipelineSpec p = pipeline("m", dir, transform("m", src, 1).target(target).merge(null, false, true, "id").build());
        EngineException e = assertThrows(EngineException.class,
                () -> new TransformStep().execute(run(spark, p, "m", false)));
        assertEquals("MERGE into " + target + " needs one row per key, but id = 5 appears 2 times; add dedupe: "
                + "{key: [id]} to the step", e.getMessage());
        assertEquals(before, version(spark, target));
    }

    @Test
    void aRepeatedMergeUnderTheSameTxnIsSkipped() {
        String target = table(spark, dir, "silver", "id INT, name STRING", "(1, 'a')");
        PipelineTarget t = PipelineTarget.of(target, dir);
        var write = new dev.lakehouse.explorer.engine.pipelines.WriteSpec(WriteMode.MERGE, List.of("id"), null,
                false, true, 1);
        var rows = spark.sql("SELECT 2 AS id, 'b' AS name");
        TargetWrite.Txn txn = new TargetWrite.Txn("lakehouse:t:m", 7);
        MergeWrite.Result r = MergeWrite.merge(spark, t, rows, write, txn, null);
        assertEquals(1, r.inserted());
        MergeWrite.Result again = MergeWrite.merge(spark, t, rows, write, txn, null);
        assertTrue(again.version().isEmpty());
        assertEquals(2, spark.read().format("delta").load(target).count());
        assertFalse(spark.conf().contains("spark.databricks.delta.write.txnAppId"), "conf unset after the MERGE");
    }

    @Test
    void anUpdatedSourceFailsAnAppendAndMakesAMergeReadEverything() {
        String src = table(spark, dir, "src", "id INT, v STRING", "(1, 'a')", "(2, 'b')");
        String appended = dir.resolve("appended").toString();
        String merged = dir.resolve("merged").toString();
        PipelineSpec p = pipeline("u", dir, transform("app", src, 1).target(appended).build(),
                transform("mrg", src, 5).target(merged).merge(null, false, true, "id").build());
        new TransformStep().execute(run(spark, p, "app", false));
        new TransformStep().execute(run(spark, p, "mrg", false));
        spark.sql("UPDATE delta.`" + src + "` SET v = 'B' WHERE id = 2");
        insert(spark, src, "(3, 'c')");

        EngineException e = assertThrows(EngineException.class,
                () -> new TransformStep().execute(run(spark, p, "app", false)));
        assertTrue(e.getMessage().contains("--full-refresh"), e.getMessage());
        assertTrue(e.getMessage().startsWith("Source " + src + " changed rows other than by inserts at version "),
                e.getMessage());

        StepReport m = new TransformStep().execute(run(spark, p, "mrg", false));
        assertEquals(3, m.rowsRead(), "the whole source");
        assertEquals(1, m.rowsInserted());
        assertEquals(1, m.rowsUpdated());
        assertEquals(1, m.rowsUnchanged());
        assertEquals(List.of("[1,a]", "[2,B]", "[3,c]"), rows(spark, merged, "id").stream().map(Row::toString).toList());

        // a full refresh recomputes the append step from everything
        StepReport full = new TransformStep().execute(run(spark, p, "app", true));
        assertEquals(3, full.rowsRead());
        assertEquals(List.of("[1,a]", "[2,B]", "[3,c]"), rows(spark, appended, "id").stream().map(Row::toString).toList());
        insert(spark, src, "(4, 'd')");
        StepReport after = new TransformStep().execute(run(spark, p, "app", false));
        assertEquals(1, after.rowsRead(), "incremental again from the version the full refresh read");
        assertEquals(4, spark.read().format("delta").load(appended).count());
    }

    @Test
    void aCrashBetweenQuarantineAndTargetCommitsQuarantinesOnce() {
        String src = table(spark, dir, "src", "id INT", "(1)", "(-1)", "(2)");
        String target = dir.resolve("out").toString();
        PipelineSpec p = pipeline("q", dir, transform("q", src, 1).target(target)
                .expect("positive", "id > 0", ExpectationAction.QUARANTINE).build());
        // the dead run's quarantine commit: its rows under the txn of the source version it read
        long v = version(spark, src);
        PipelineTarget quarantine = PipelineTarget.of(target + "_quarantine", dir);
        Quarantine.append(spark, quarantine, spark.sql("SELECT -1 AS id, array('positive') AS _failed_rules"),
                "dead-run", Instant.now(), new TargetWrite.Txn("lakehouse:q:q", v));
        insert(spark, src, "(-2)", "(3)"); // more arrived before the rerun

        StepReport r = new TransformStep().execute(run(spark, p, "q", false));
        assertEquals(v, r.sourceVersion(), "the dead run's range first");
        assertEquals(3, r.rowsRead());
        assertEquals(1, spark.read().format("delta").load(target + "_quarantine").count(), "not quarantined twice");
        StepReport next = new TransformStep().execute(run(spark, p, "q", false));
        assertEquals(2, next.rowsRead());
        assertEquals(2, spark.read().format("delta").load(target + "_quarantine").count());
        assertEquals(List.of(1, 2, 3), rows(spark, target, "id").stream().map(x -> x.getInt(0)).toList());
    }

    @Test
    void overwriteReadsEverythingEachRunAndCountsAddUp() {
        String src = table(spark, dir, "src", "id INT, v STRING", "(1, 'a')", "(1, 'b')", "(2, NULL)");
        String target = dir.resolve("out").toString();
        PipelineSpec p = pipeline("o", dir, transform("o", src, 1).target(target).write(WriteMode.OVERWRITE)
                .expect("v_present", "v IS NOT NULL", ExpectationAction.DROP).dedupe("v", "id").build());
        StepReport r1 = new TransformStep().execute(run(spark, p, "o", false));
        assertEquals(List.of(3L, 1L, 1L, 1L), List.of(r1.rowsRead(), r1.rowsWritten(), r1.rowsDropped(),
                r1.rowsDuplicates()));
        insert(spark, src, "(3, 'c')");
        StepReport r2 = new TransformStep().execute(run(spark, p, "o", false));
        assertEquals(4, r2.rowsRead());
        assertAddsUp(r2);
        assertEquals(List.of("[1,a]", "[3,c]"), rows(spark, target, "id").stream().map(Row::toString).toList());
    }

    @Test
    void aTargetThatIsAViewFailsClearly() {
        String src = table(spark, dir, "src", "id INT", "(1)");
        spark.sql("CREATE SCHEMA IF NOT EXISTS lx_steps_test");
        spark.sql("CREATE OR REPLACE VIEW lx_steps_test.transform_view AS SELECT 1 AS id");
        PipelineSpec p = pipeline("v", dir, transform("v", src, 1).target("lx_steps_test.transform_view").build());
        EngineException e = assertThrows(EngineException.class,
                () -> new TransformStep().execute(run(spark, p, "v", false)));
        assertEquals("Target lx_steps_test.transform_view is a view; a step writes a Delta table. Name another "
                + "target or drop the view.", e.getMessage());
    }
}
