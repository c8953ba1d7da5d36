package dev.lakehouse.explorer.engine.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.ExpectationResult;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Run reports as Delta tables in the workspace's {@code system} schema — the pipeline's event log, queryable from
 * the SQL panel like any table: {@code pipeline_runs}, {@code pipeline_step_runs}, {@code pipeline_expectations}.
 * A run's rows are written when it ends, one commit per table.
 */
final class RunReportStore {
    static final String RUNS = "`system`.`pipeline_runs`";
    static final String STEPS = "`system`.`pipeline_step_runs`";
    static final String EXPECTATIONS = "`system`.`pipeline_expectations`";
    private static final String RUNS_DDL = "run_id STRING, pipeline STRING, status STRING, spec_path STRING, "
            + "parameters STRING, full_refresh BOOLEAN, resumed_from STRING, trigger STRING, started TIMESTAMP, "
            + "ended TIMESTAMP, error STRING";
    private static final String STEPS_DDL = "run_id STRING, pipeline STRING, ordinal INT, step STRING, kind STRING, "
            + "status STRING, target STRING, version BIGINT, rows_read BIGINT, rows_written BIGINT, "
            + "rows_inserted BIGINT, rows_updated BIGINT, rows_deleted BIGINT, rows_unchanged BIGINT, "
            + "rows_dropped BIGINT, rows_quarantined BIGINT, rows_duplicates BIGINT, files_ingested BIGINT, "
            + "source_version BIGINT, started TIMESTAMP, ended TIMESTAMP, error STRING";
    private static final String EXPECTATIONS_DDL = "run_id STRING, pipeline STRING, step STRING, ordinal INT, "
            + "expectation STRING, action STRING, passed BIGINT, failed BIGINT";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Supplier<SparkSession> spark;
    private volatile boolean created;

    RunReportStore(Supplier<SparkSession> spark) {
        this.spark = spark;
    }

    void save(RunReport run) {
        SparkSession s = spark.get();
        ensureTables(s);
        List<Row> steps = new ArrayList<>();
        List<Row> expectations = new ArrayList<>();
        for (int i = 0; i < run.steps().size(); i++) {
            StepReport st = run.steps().get(i);
            steps.add(stepRow(run, i, st));
            for (int j = 0; j < st.expectations().size(); j++) {
                ExpectationResult e = st.expectations().get(j);
                expectations.add(RowFactory.create(run.runId(), run.pipeline(), st.name(), j, e.name(),
                        e.action().key(), e.passed(), e.failed()));
            }
        }
        // the runs row last: a report is listed only once its steps are there to show
        append(s, STEPS, STEPS_DDL, steps);
        append(s, EXPECTATIONS, EXPECTATIONS_DDL, expectations);
        append(s, RUNS, RUNS_DDL, List.of(runRow(run)));
    }

    /** Reports of past runs, newest first, with their steps; {@code where} is a condition on pipeline_runs. */
    List<RunReport> find(String where, int limit) {
        SparkSession s = spark.get();
        if (!tablesExist(s)) {
            return List.of();
        }
        List<Row> runs = s.table(RUNS).where(where).orderBy(org.apache.spark.sql.functions.col("started").desc())
                .limit(limit).collectAsList();
        if (runs.isEmpty()) {
            return List.of();
        }
        List<String> ids = runs.stream().map(r -> r.getString(0)).toList();
        Map<String, List<Row>> stepsByRun = byRun(s.table(STEPS), ids, "ordinal");
        Map<String, List<Row>> expByRun = byRun(s.table(EXPECTATIONS), ids, "ordinal");
        List<RunReport> reports = new ArrayList<>();
        for (Row r : runs) {
            reports.add(report(r, stepsByRun.getOrDefault(r.getString(0), List.of()),
                    expByRun.getOrDefault(r.getString(0), List.of())));
        }
        return reports;
    }

    private static Map<String, List<Row>> byRun(Dataset<Row> table, List<String> ids, String order) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        Object[] keys = ids.toArray();
        for (Row r : table.where(org.apache.spark.sql.functions.col("run_id").isin(keys)).orderBy(order)
                .collectAsList()) {
            out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private void ensureTables(SparkSession s) {
        if (created) {
            return;
        }
        s.sql("CREATE SCHEMA IF NOT EXISTS `system` COMMENT 'what Lakehouse Explorer records about its own work'");
        s.sql("CREATE TABLE IF NOT EXISTS " + RUNS + " (" + RUNS_DDL + ") USING delta");
        s.sql("CREATE TABLE IF NOT EXISTS " + STEPS + " (" + STEPS_DDL + ") USING delta");
        s.sql("CREATE TABLE IF NOT EXISTS " + EXPECTATIONS + " (" + EXPECTATIONS_DDL + ") USING delta");
        created = true;
    }

    private static boolean tablesExist(SparkSession s) {
        return s.catalog().databaseExists("system") && s.catalog().tableExists("system", "pipeline_runs")
                && s.catalog().tableExists("system", "pipeline_step_runs")
                && s.catalog().tableExists("system", "pipeline_expectations");
    }

    private static void append(SparkSession s, String table, String ddl, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        s.createDataFrame(rows, StructType.fromDDL(ddl)).write().format("delta").mode(SaveMode.Append)
                .insertInto(table);
    }

    private static Row runRow(RunReport r) {
        return RowFactory.create(r.runId(), r.pipeline(), r.status().name(), r.specPath(), json(r.parameters()),
                r.fullRefresh(), r.resumedFrom(), r.trigger(), ts(r.started()), ts(r.ended()), r.error());
    }

    private static Row stepRow(RunReport run, int ordinal, StepReport s) {
        return RowFactory.create(run.runId(), run.pipeline(), ordinal, s.name(), s.kind().name(), s.status().name(),
                s.target(), s.version(), s.rowsRead(), s.rowsWritten(), s.rowsInserted(), s.rowsUpdated(),
                s.rowsDeleted(), s.rowsUnchanged(), s.rowsDropped(), s.rowsQuarantined(), s.rowsDuplicates(),
                s.filesIngested(), s.sourceVersion(), ts(s.started()), ts(s.ended()), s.error());
    }

    private static RunReport report(Row r, List<Row> steps, List<Row> expectations) {
        List<StepReport> out = new ArrayList<>();
        for (Row s : steps) {
            String name = s.getString(3);
            List<ExpectationResult> exp = expectations.stream().filter(e -> e.getString(2).equals(name))
                    .map(e -> new ExpectationResult(e.getString(4), ExpectationAction.valueOf(e.getString(5)
                            .toUpperCase(java.util.Locale.ROOT)), e.getLong(6), e.getLong(7))).toList();
            out.add(new StepReport(name, StepKind.valueOf(s.getString(4)), StepStatus.valueOf(s.getString(5)),
                    s.getString(6), longOrNull(s, 7), s.getLong(8), s.getLong(9), s.getLong(10), s.getLong(11),
                    s.getLong(12), s.getLong(13), s.getLong(14), s.getLong(15), s.getLong(16), s.getLong(17), exp,
                    longOrNull(s, 18), instant(s, 19), instant(s, 20), s.getString(21)));
        }
        return new RunReport(r.getString(1), r.getString(0), RunStatus.valueOf(r.getString(2)), r.getString(3),
                params(r.getString(4)), r.getBoolean(5), r.getString(6), r.getString(7), instant(r, 8),
                instant(r, 9), r.getString(10), out);
    }

    private static Long longOrNull(Row r, int i) {
        return r.isNullAt(i) ? null : r.getLong(i);
    }

    private static Instant instant(Row r, int i) {
        if (r.isNullAt(i)) {
            return null;
        }
        Object v = r.get(i); // an Instant when the session has the Java 8 time API on (the app's does)
        return v instanceof Instant t ? t : ((Timestamp) v).toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String json(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(params));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of strings always serialises
        }
    }

    private static Map<String, String> params(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of(); // a report is still worth showing without its parameters
        }
    }
}
