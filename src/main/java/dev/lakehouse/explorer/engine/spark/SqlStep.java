package dev.lakehouse.explorer.engine.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakehouse.explorer.engine.pipelines.SqlTables;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.TableReference;
import dev.lakehouse.explorer.engine.pipelines.WriteMode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@code sql:} step, a materialized view: its query is recomputed over the whole of its sources and the result
 * replaces the target in one commit, so the target always equals the query over everything (an aggregate of only
 * the new rows, overwritten, would lose the old ones). The commit records the version of every source table it
 * read; when a later run finds them all unchanged, the step commits nothing.
 */
final class SqlStep implements StepExecutor {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public StepReport execute(StepRun run) {
        try {
            return run(run);
        } catch (Exception e) { // Spark's own (AnalysisException is undeclared): one line for the user
            throw SparkErrors.map(e);
        }
    }

    private StepReport run(StepRun run) {
        Instant started = Instant.now();
        SparkSession spark = run.spark();
        PipelineTarget target = run.target();
        TargetWrite.refuseView(spark, target);
        Optional<Map<String, Long>> versions = sourceVersions(run);
        if (!run.fullRefresh() && versions.isPresent() && versions.equals(recorded(spark, target))) {
            return StepBody.nothing(run, target.version(spark).orElse(null), null, started);
        }
        Dataset<Row> result = spark.sql(run.step().sql().text());
        return StepBody.run(run, result, WriteMode.OVERWRITE, null, note(run, versions.orElse(Map.of())), null,
                started);
    }

    @Override
    public StructType plan(StepRun run, Map<String, StructType> upstream) {
        return StepPlanner.planSql(run, upstream);
    }

    /**
     * The current version of every table the query reads, by its SQL name; empty when one of them has none (a view
     * or a table that is not Delta): then the result cannot be known unchanged and is always recomputed.
     */
    private static Optional<Map<String, Long>> sourceVersions(StepRun run) {
        Map<String, Long> versions = new TreeMap<>();
        List<TableReference> refs = SqlTables.referenced(run.step().sql().text());
        for (TableReference ref : refs) {
            PipelineTarget t = StepPlanner.tableOf(run, ref);
            Optional<Long> v = t.isView(run.spark()) ? Optional.empty() : t.version(run.spark());
            if (v.isEmpty()) {
                return Optional.empty();
            }
            versions.put(t.sqlName(), v.get());
        }
        return Optional.of(versions);
    }

    /** The source versions the target's latest commit recorded, when that commit is this kind of step's. */
    private static Optional<Map<String, Long>> recorded(SparkSession spark, PipelineTarget target) {
        Optional<Long> current = target.version(spark);
        List<PipelineTarget.CommitNote> notes = target.commitNotes(spark);
        if (current.isEmpty() || notes.isEmpty() || notes.get(notes.size() - 1).version() != current.get()) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(notes.get(notes.size() - 1).userMetadata());
            if (!"sql".equals(n.path("lakehouse").asText()) || !n.has("sources")) {
                return Optional.empty();
            }
            Map<String, Long> m = new TreeMap<>();
            n.get("sources").fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().asLong()));
            return Optional.of(m);
        } catch (Exception notOurs) { // another writer's userMetadata
            return Optional.empty();
        }
    }

    private static String note(StepRun run, Map<String, Long> versions) {
        ObjectNode n = JSON.createObjectNode();
        n.put("lakehouse", "sql");
        n.put("pipeline", run.pipeline().name());
        n.put("step", run.step().name());
        n.put("run", run.runId());
        ObjectNode sources = n.putObject("sources");
        versions.forEach(sources::put);
        return n.toString();
    }
}
