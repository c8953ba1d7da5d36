package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.SqlService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** VERSION AS OF and TIMESTAMP AS OF reach Delta through plain Spark SQL: the SQL panel needs nothing more. */
class TimeTravelTest {
    private static SqlService sql;

    @BeforeAll
    static void twoVersions() {
        sql = SharedEngine.get().sql();
        run("CREATE OR REPLACE TABLE silver.time_travel (id INT) USING delta"); // version 0, empty
        run("INSERT INTO silver.time_travel VALUES (1), (2)");                  // version 1
        run("INSERT INTO silver.time_travel VALUES (3)");                       // version 2
    }

    private static List<List<Object>> run(String statement) {
        return sql.execute(statement, 100, JobContext.silent("time travel")).firstPage().rows();
    }

    @Test
    void versionAsOfReadsEachVersion() {
        assertThat(run("SELECT id FROM silver.time_travel VERSION AS OF 0")).isEmpty();
        assertThat(run("SELECT id FROM silver.time_travel VERSION AS OF 1 ORDER BY id"))
                .containsExactly(List.of(1), List.of(2));
        assertThat(run("SELECT id FROM silver.time_travel ORDER BY id"))
                .containsExactly(List.of(1), List.of(2), List.of(3));
    }

    @Test
    void timestampAsOfReadsTheVersionCurrentAtThatTime() {
        // DESCRIBE HISTORY lists newest first: version, timestamp, …
        List<Object> version1 = run("DESCRIBE HISTORY silver.time_travel").stream()
                .filter(row -> row.get(0).equals(1L)).findFirst().orElseThrow();
        Instant second = (Instant) version1.get(1);

        assertThat(run("SELECT id FROM silver.time_travel TIMESTAMP AS OF '" + second + "' ORDER BY id"))
                .containsExactly(List.of(1), List.of(2));
    }
}
