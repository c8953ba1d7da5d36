package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static dev.lakehouse.explorer.engine.spark.StepFixture.insert;
import static dev.lakehouse.explorer.engine.spark.StepFixture.pipeline;
import static dev.lakehouse.explorer.engine.spark.StepFixture.run;
import static dev.lakehouse.explorer.engine.spark.StepFixture.sql;
import static dev.lakehouse.explorer.engine.spark.StepFixture.table;
import static dev.lakehouse.explorer.engine.spark.StepFixture.transform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** SQL steps as materialized views: always the query over the whole of their sources. */
class SqlStepTest {
    private static SparkSession spark;
    @TempDir
    Path dir;

    @BeforeAll
    static void session() {
        spark = StepFixture.spark();
        spark.sql("CREATE SCHEMA IF NOT EXISTS lx_steps_sql");
    }

    private static String unique(String name) {
        return "lx_steps_sql." + name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** What the gold query must give over every bronze row, worked out in Java. */
    private static Map<String, String> expected(String[][] rows) {
        Map<String, long[]> acc = new TreeMap<>();
        for (String[] r : rows) {
            long[] a = acc.computeIfAbsent(r[0], k -> new long[2]);
            a[0] += Long.parseLong(r[1]);
            a[1]++;
        }
        Map<String, String> out = new TreeMap<>();
        acc.forEach((k, a) -> out.put(k, a[0] + "/" + a[1]));
        return out;
    }

    private Map<String, String> gold(String table) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : spark.table(table).collectAsList()) {
            out.put(r.getString(0), r.getLong(1) + "/" + r.getLong(2));
        }
        return out;
    }

    @Test
    void theViewEqualsItsQueryOverAllSourcesAfterTwoIncrementalUpstreamRuns() {
        String bronze = table(spark, dir, "bronze", "d STRING, x STRING", "('a', '1')", "('a', '2')", "('b', '5')");
        String silver = unique("silver");
        String gold = unique("gold");
        PipelineSpec p = pipeline("mv", dir,
                transform("silver", bronze, 1).target(silver).column("d", "d").column("x", "CAST(x AS BIGINT)").build(),
                sql("gold", "SELECT d, SUM(x) AS total, COUNT(*) AS n FROM " + silver + " GROUP BY d", 10)
                        .target(gold).build());
        new TransformStep().execute(run(spark, p, "silver", false));
        StepReport g1 = new SqlStep().execute(run(spark, p, "gold", false));
        assertEquals(2, g1.rowsRead());
        assertEquals(2, g1.rowsWritten());
        assertEquals(expected(new String[][] {{"a", "1"}, {"a", "2"}, {"b", "5"}}), gold(gold));

        insert(spark, bronze, "('a', '10')", "('c', '3')");
        StepReport s2 = new TransformStep().execute(run(spark, p, "silver", false));
        assertEquals(2, s2.rowsRead(), "silver read only the new rows");
        StepReport g2 = new SqlStep().execute(run(spark, p, "gold", false));
        // over only the new rows, a would be 10/1: the view is recomputed over all of silver
        assertEquals(expected(new String[][] {{"a", "1"}, {"a", "2"}, {"b", "5"}, {"a", "10"}, {"c", "3"}}),
                gold(gold));
        assertEquals(3, g2.rowsRead());
        assertEquals(3, g2.rowsWritten());
        assertEquals("true", spark.sql("SHOW TBLPROPERTIES " + gold + " ('delta.enableChangeDataFeed')")
                .first().getString(1), "overwrites by path keep the table's properties");
    }

    @Test
    void anUnchangedSourceCommitsNothingAndAFullRefreshRecomputes() {
        String silver = table(spark, dir, "silver", "d STRING, x BIGINT", "('a', 1)", "('b', 2)");
        String gold = dir.resolve("gold").toString();
        PipelineSpec p = pipeline("mv", dir, sql("gold", "SELECT d, SUM(x) AS total FROM delta.`" + silver
                + "` GROUP BY d", 1).target(gold).build());
        StepReport first = new SqlStep().execute(run(spark, p, "gold", false));
        StepReport second = new SqlStep().execute(run(spark, p, "gold", false));
        assertEquals(first.version(), second.version());
        assertEquals(0, second.rowsRead());
        assertEquals(first.version(), StepFixture.version(spark, gold), "no commit");

        StepReport refreshed = new SqlStep().execute(run(spark, p, "gold", true));
        assertNotEquals(first.version(), refreshed.version());
        insert(spark, silver, "('a', 5)");
        StepReport changed = new SqlStep().execute(run(spark, p, "gold", false));
        assertEquals(2, changed.rowsWritten());
        assertEquals(List.of("[a,6]", "[b,2]"), StepFixture.rows(spark, gold, "d").stream().map(Row::toString).toList());
    }

    @Test
    void expectationsApplyToTheQueryResultAndCountsAddUp() {
        String silver = table(spark, dir, "silver", "d STRING, x BIGINT", "('a', 1)", "('b', -2)", "(NULL, 3)");
        String gold = dir.resolve("gold").toString();
        PipelineSpec p = pipeline("mv", dir, sql("gold", "SELECT d, x FROM delta.`" + silver + "`", 1).target(gold)
                .expect("d_present", "d IS NOT NULL", ExpectationAction.DROP)
                .expect("x_positive", "x > 0", ExpectationAction.WARN).build());
        StepReport r = new SqlStep().execute(run(spark, p, "gold", false));
        assertEquals(List.of(3L, 2L, 1L), List.of(r.rowsRead(), r.rowsWritten(), r.rowsDropped()));
        assertEquals(1, r.expectations().get(1).failed());
    }
}
