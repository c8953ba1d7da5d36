package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds Delta tables with SQL on the shared engine, for the Delta service tests. */
final class DeltaFixture {
    private DeltaFixture() {
    }

    static DeltaTableService delta() {
        return SharedEngine.get().delta();
    }

    static TableReader kernel() {
        return SharedEngine.get().tables();
    }

    static JobContext ctx() {
        return JobContext.silent("test");
    }

    /**
     * Runs statements separated by ';' (replacing {@code $t} by the table's SQL name) and returns the table. A
     * statement {@code OVERWRITE SCHEMA WITH <query>} replaces the table's rows and schema, as a DataFrame write
     * with {@code overwriteSchema} does (path tables refuse CREATE OR REPLACE with another schema).
     */
    static TableRef table(Path folder, String script) {
        TableRef t = TableRef.path(folder);
        for (String statement : dev.lakehouse.explorer.engine.sql.SqlScript.split(script.replace("$t", DeltaSql.table(t)))) {
            if (statement.startsWith("OVERWRITE SCHEMA WITH ")) {
                SharedEngine.get();
                org.apache.spark.sql.SparkSession.active().sql(statement.substring("OVERWRITE SCHEMA WITH ".length()))
                        .write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(DeltaSql.path(t));
            } else {
                sql(statement);
            }
        }
        return t;
    }

    static void sql(String script) {
        SharedEngine.get().sql().executeScript(script, 10, ctx());
    }

    /** Every row of a query (all pages). */
    static List<List<Object>> rows(String statement) {
        QueryResult r = SharedEngine.get().sql().execute(statement, 1000, ctx());
        return drain(r);
    }

    static List<List<Object>> drain(QueryResult r) {
        List<List<Object>> all = new ArrayList<>(r.firstPage().rows());
        ResultPage p = r.firstPage();
        while (p.hasMore()) {
            p = SharedEngine.get().sql().nextPage(r.cursorId(), 1000, ctx());
            all.addAll(p.rows());
        }
        return all;
    }

    /** Runs code with Delta's retention check off: tests only, to create a vacuumed table without waiting a week. */
    static void withoutRetentionCheck(Runnable work) {
        SharedEngine.get();
        var conf = org.apache.spark.sql.SparkSession.active().conf();
        conf.set("spark.databricks.delta.retentionDurationCheck.enabled", "false");
        try {
            work.run();
        } finally {
            conf.set("spark.databricks.delta.retentionDurationCheck.enabled", "true");
        }
    }
}
