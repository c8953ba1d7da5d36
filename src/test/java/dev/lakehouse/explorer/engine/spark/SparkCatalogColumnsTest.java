package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.catalog.CatalogService;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.Column;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkCatalogColumnsTest {
    private static CatalogService catalog;

    @BeforeAll
    static void tables() {
        var engine = SharedEngine.get();
        catalog = engine.catalog();
        for (String stmt : new String[] {
                "CREATE OR REPLACE TABLE silver.columns_test (id BIGINT, name STRING, tags ARRAY<STRING>) USING delta",
                "ALTER TABLE silver.columns_test ADD COLUMNS (amount DECIMAL(10,2))",
                "CREATE OR REPLACE VIEW silver.columns_view AS SELECT id, upper(name) AS shout FROM silver.columns_test"}) {
            engine.sql().execute(stmt, 10, JobContext.silent("setup"));
        }
    }

    @Test
    void aDeltaTablesColumnsIncludeOnesAddedLater() {
        assertThat(catalog.columns("silver", "columns_test")).containsExactly(
                new Column("id", "bigint"), new Column("name", "string"), new Column("tags", "array<string>"),
                new Column("amount", "decimal(10,2)"));
    }

    @Test
    void aViewHasColumnsToo() {
        assertThat(catalog.columns("silver", "columns_view")).extracting(Column::name).containsExactly("id", "shout");
    }

    @Test
    void aMissingTableIsAQueryError() {
        assertThatThrownBy(() -> catalog.columns("silver", "no_such_table"))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("no_such_table");
    }

    @Test
    void readingColumnsRunsNoSparkJob() throws InterruptedException {
        SparkContext sc = SparkSession.active().sparkContext();
        sc.setJobGroup("columns-no-job", "columns", false);
        try {
            catalog.columns("silver", "columns_test");
            catalog.columns("silver", "columns_view");
        } finally {
            sc.clearJobGroup();
        }
        Thread.sleep(500); // the status tracker learns of jobs through the listener bus, asynchronously
        assertThat(sc.statusTracker().getJobIdsForGroup("columns-no-job")).isEmpty();
    }
}
