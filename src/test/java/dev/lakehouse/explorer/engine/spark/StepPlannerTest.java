package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.engine.pipelines.WriteMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.lakehouse.explorer.engine.spark.StepFixture.pipeline;
import static dev.lakehouse.explorer.engine.spark.StepFixture.run;
import static dev.lakehouse.explorer.engine.spark.StepFixture.sql;
import static dev.lakehouse.explorer.engine.spark.StepFixture.table;
import static dev.lakehouse.explorer.engine.spark.StepFixture.transform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipeline validate} for TRANSFORM and SQL steps: schemas planned, problems at the lines they are on. */
class StepPlannerTest {
    private static SparkSession spark;
    @TempDir
    Path dir;

    @BeforeAll
    static void session() {
        spark = StepFixture.spark();
    }

    private String bronze() {
        return table(spark, dir, "bronze", "order_id STRING, amount STRING, order_ts STRING, status STRING");
    }

    private StructType plan(PipelineSpec p, String step, Map<String, StructType> upstream) {
        StepRun run = run(spark, p, step, false);
        StepSpec s = run.step();
        return s.kind() == dev.lakehouse.explorer.engine.pipelines.StepKind.SQL ? new SqlStep().plan(run, upstream)
                : new TransformStep().plan(run, upstream);
    }

    private StepPlanException problem(StepSpec step) {
        PipelineSpec p = pipeline("v", dir, step);
        return assertThrows(StepPlanException.class, () -> plan(p, step.name(), Map.of()));
    }

    private StepFixture.Step silver(String from) {
        return transform("silver", from, 20).target(dir.resolve("silver").toString())
                .column("order_id", "CAST(order_id AS BIGINT)")
                .column("amount", "CAST(amount AS DECIMAL(12,2))")
                .column("order_date", "TO_DATE(order_ts)");
    }

    @Test
    void aGoodStepPlansItsOutputSchemaAndWritesNothing() {
        String src = bronze();
        StepSpec step = silver(src).where("status <> 'test'")
                .expect("id_present", "order_id IS NOT NULL", ExpectationAction.QUARANTINE)
                .dedupe("order_ts DESC", "order_id").merge("status = 'D'", false, true, "order_id").build();
        StructType out = plan(pipeline("v", dir, step), "silver", Map.of());
        assertEquals("struct<order_id:bigint,amount:decimal(12,2),order_date:date>", out.simpleString());
        assertFalse(Files.exists(dir.resolve("silver")));
    }

    @Test
    void anUnknownColumnIsReportedAtItsLineWithSparksSuggestion() {
        StepSpec step = silver(bronze()).column("day", "TO_DATE(order_tss)").build();
        StepPlanException e = problem(step);
        assertEquals(step.columns().get(3).line(), e.line());
        assertTrue(e.getMessage().startsWith("column day: A column or function parameter with name `order_tss` "
                + "cannot be resolved. Did you mean one of the following? [`order_ts`"), e.getMessage());
        assertFalse(e.getMessage().contains("SQLSTATE") || e.getMessage().contains("[UNRESOLVED")
                || e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aCastThatCannotApplyIsReportedAtItsLine() {
        StepSpec step = silver(bronze()).column("parts", "CAST(amount AS ARRAY<INT>)").build();
        StepPlanException e = problem(step);
        assertEquals(step.columns().get(3).line(), e.line());
        assertTrue(e.getMessage().startsWith("column parts: ") && e.getMessage().contains(
                "cannot cast \"STRING\" to \"ARRAY<INT>\""), e.getMessage());
    }

    @Test
    void anExpectationThatIsNotBooleanNamesItsType() {
        StepSpec step = transform("silver", bronze(), 3).target(dir.resolve("s").toString())
                .column("amount", "CAST(amount AS INT)")
                .expect("amount_positive", "amount + 1", ExpectationAction.DROP).build();
        StepPlanException e = problem(step);
        assertEquals(step.expectations().get(0).line(), e.line());
        assertEquals("expectation amount_positive is not a boolean expression: amount + 1 is INT", e.getMessage());
    }

    @Test
    void whereAndDeleteWhenMustBeBoolean() {
        StepSpec where = silver(bronze()).where("amount").build();
        StepPlanException e = problem(where);
        assertEquals(where.where().line(), e.line());
        assertEquals("where is not a boolean expression: amount is DECIMAL(12,2)", e.getMessage());

        StepSpec merge = silver(dir.resolve("bronze").toString()).merge("status", false, true, "order_id").build();
        StepPlanException m = problem(merge);
        assertEquals(merge.write().line(), m.line());
        assertEquals("delete_when is not a boolean expression: status is STRING", m.getMessage());
    }

    @Test
    void aMergeKeyMustBeAnOutputColumnAndDedupeMustResolve() {
        StepSpec merge = silver(bronze()).merge(null, false, true, "status").build();
        StepPlanException e = problem(merge);
        assertEquals(merge.write().line(), e.line());
        assertEquals("merge key status is not a column of the step's output (columns: order_id, amount, "
                + "order_date)", e.getMessage());

        StepSpec dedupe = silver(dir.resolve("bronze").toString()).dedupe("updated DESC", "order_id").build();
        StepPlanException d = problem(dedupe);
        assertEquals(dedupe.dedupe().line(), d.line());
        assertTrue(d.getMessage().startsWith("dedupe: A column or function parameter with name `updated`"),
                d.getMessage());
    }

    @Test
    void aFromNamingNothingAndATargetThatIsAViewAreProblems() {
        StepSpec nowhere = transform("silver", "nowhere", 7).target("x").build();
        StepPlanException e = problem(nowhere);
        assertEquals(8, e.line());
        assertEquals("from: nowhere names no step and no existing table", e.getMessage());

        spark.sql("CREATE SCHEMA IF NOT EXISTS lx_steps_plan");
        spark.sql("CREATE OR REPLACE VIEW lx_steps_plan.a_view AS SELECT 1 AS id");
        StepSpec view = transform("silver", bronze(), 7).target("lx_steps_plan.a_view").build();
        StepPlanException v = problem(view);
        assertEquals(view.target().line(), v.line());
        assertEquals("target lx_steps_plan.a_view is a view; a step writes a Delta table", v.getMessage());
    }

    @Test
    void aSqlStepOverTablesNotCreatedYetIsPlannedFromTheUpstreamSchemas() {
        String src = bronze();
        String silverTable = "lx_steps_plan.silver_not_yet";
        String silverPath = dir.resolve("silver_path").toString();
        StepSpec s1 = silver(src).target(silverTable).build();
        StepSpec s2 = transform("silver2", "silver", 30).target(silverPath).build();
        StepSpec gold = sql("gold", "SELECT s.order_date, SUM(s.amount) AS revenue, COUNT(p.order_id) AS n "
                + "FROM " + silverTable + " s JOIN delta.`" + silverPath + "` p ON s.order_id = p.order_id "
                + "GROUP BY s.order_date", 40).target(dir.resolve("gold").toString()).build();
        PipelineSpec p = pipeline("v", dir, s1, s2, gold);
        StructType silverSchema = plan(p, "silver", Map.of());
        StructType silver2Schema = plan(p, "silver2", Map.of("silver", silverSchema));
        assertEquals(silverSchema, silver2Schema, "from: a step reads its planned schema");
        StructType out = plan(p, "gold", Map.of("silver", silverSchema, "silver2", silver2Schema));
        assertEquals("struct<order_date:date,revenue:decimal(22,2),n:bigint>", out.simpleString());
        assertFalse(spark.catalog().tableExists("lx_plan_gold_0"), "the stand-in views are dropped");

        StepSpec bad = sql("gold", "SELECT order_dat FROM " + silverTable, 40).target("g").build();
        StepPlanException e = assertThrows(StepPlanException.class, () -> plan(pipeline("v", dir, s1, bad), "gold",
                Map.of("silver", silverSchema)));
        assertEquals(bad.sql().line(), e.line());
        assertTrue(e.getMessage().startsWith("sql: A column or function parameter with name `order_dat` cannot "
                + "be resolved. Did you mean one of the following? [`"), e.getMessage());
    }

    @Test
    void aWriteModeOfOverwriteNeedsNoKey() {
        StepSpec step = silver(bronze()).write(WriteMode.OVERWRITE).build();
        assertEquals(3, plan(pipeline("v", dir, step), "silver", Map.of()).size());
    }
}
