package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.engine.sql.SqlService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkSqlServiceTest {
    private static SqlService sql;

    @BeforeAll
    static void engine() {
        sql = SharedEngine.get().sql();
    }

    private static QueryResult run(String statement, int pageSize) {
        return sql.execute(statement, pageSize, JobContext.silent("test"));
    }

    @Test
    void pagesThroughAResultWithoutLosingOrRepeatingRows() {
        QueryResult r = run("SELECT id FROM range(0, 25, 1, 3) ORDER BY id", 10);
        assertThat(r.firstPage().rows()).hasSize(10);
        assertThat(r.firstPage().hasMore()).isTrue();
        ResultPage p2 = sql.nextPage(r.cursorId(), 10, JobContext.silent("p2"));
        ResultPage p3 = sql.nextPage(r.cursorId(), 10, JobContext.silent("p3"));
        assertThat(p3.hasMore()).isFalse();
        assertThat(p3.rows()).hasSize(5);
        assertThat(p2.rows().get(0)).containsExactly(10L);
        assertThat(p3.rows().get(4)).containsExactly(24L);
        assertThatThrownBy(() -> sql.nextPage(r.cursorId(), 10, JobContext.silent("gone")))
                .hasMessageContaining("no longer open");
    }

    @Test
    void convertsValuesToPlainJava() {
        QueryResult r = run("SELECT 1 AS i, CAST(2.5 AS DECIMAL(4,2)) AS d, DATE'2026-01-02' AS day, "
                + "TIMESTAMP'2026-01-02 03:04:05 UTC' AS ts, named_struct('a', 1, 'b', array('x','y')) AS s, "
                + "map('k', 1) AS m, CAST(NULL AS STRING) AS n", 10);
        List<Object> row = r.firstPage().rows().get(0);
        assertThat(r.firstPage().columns().get(4).type()).isEqualTo("struct<a:int,b:array<string>>");
        assertThat(row.get(0)).isEqualTo(1);
        assertThat(row.get(1)).hasToString("2.50");
        assertThat(row.get(2)).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(row.get(3)).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(row.get(4)).isEqualTo(Map.of("a", 1, "b", List.of("x", "y")));
        assertThat(row.get(5)).isEqualTo(Map.of("k", 1));
        assertThat(row.get(6)).isNull();
    }

    @Test
    void aSyntaxErrorIsOneReadableLine() {
        assertThatThrownBy(() -> run("SELEC 1", 10))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("Syntax error")
                .hasMessageContaining("'SELEC'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("SQLSTATE"));
    }

    @Test
    void aMissingTableIsNamed() {
        assertThatThrownBy(() -> run("SELECT * FROM bronze.no_such_table", 10))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("bronze")
                .hasMessageContaining("no_such_table")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aScriptKeepsTheStatementsBeforeAFailureAndNamesTheFailingOne() {
        String script = "CREATE OR REPLACE TABLE silver.script_test (id INT) USING delta;\n"
                + "INSERT INTO silver.script_test VALUES (1), (2);\n"
                + "INSERT INTO silver.no_such VALUES (3);\n"
                + "INSERT INTO silver.script_test VALUES (4)";
        assertThatThrownBy(() -> sql.executeScript(script, 10, JobContext.silent("script")))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("Statement 3 of 4 failed (INSERT INTO silver.no_such VALUES (3))")
                .hasMessageEndingWith("Statements 1–2 were applied.");
        assertThat(run("SELECT id FROM silver.script_test ORDER BY id", 10).firstPage().rows())
                .containsExactly(List.of(1), List.of(2));
    }

    @Test
    void theLastStatementOfAScriptGivesTheResult() {
        QueryResult r = sql.executeScript("CREATE OR REPLACE TEMP VIEW v AS SELECT 42 AS answer; SELECT * FROM v", 10,
                JobContext.silent("script"));
        assertThat(r.firstPage().rows()).containsExactly(List.of(42));
    }

    @Test
    void aLongQueryReportsProgressAndCanBeCancelled() throws Exception {
        List<JobProgress> progress = new CopyOnWriteArrayList<>();
        JobContext ctx = JobContext.create("long query", progress::add);
        CompletableFuture<QueryResult> running = CompletableFuture.supplyAsync(() -> sql.execute(
                "SELECT count(*) FROM range(0, 100000000000, 1, 8) a WHERE rand() < 0.5", 10, ctx));
        long deadline = System.currentTimeMillis() + 60_000;
        while (progress.stream().noneMatch(p -> p.tasksTotal() > 0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(progress).anyMatch(p -> p.tasksTotal() == 8 && p.sparkJobs() >= 1);
        SharedEngine.get().jobs().cancel(ctx.id());
        assertThatThrownBy(() -> running.get(60, TimeUnit.SECONDS))
                .hasCauseInstanceOf(JobCancelledException.class);
        assertThat(run("SELECT 1", 1).firstPage().rows()).hasSize(1); // the engine goes on working
    }
}
