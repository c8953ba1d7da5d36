package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.DeclaredColumn;
import dev.lakehouse.explorer.engine.pipelines.PipelineGraph;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.SchemaEvolution;
import dev.lakehouse.explorer.engine.pipelines.SourceFormat;
import dev.lakehouse.explorer.engine.pipelines.SourceSpec;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.SpecText;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds bronze steps for tests, as the parser would make them from a spec, and runs them. */
final class BronzeSteps {
    final Path base;
    final String pipeline = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    SourceFormat format = SourceFormat.CSV;
    String source;
    final Map<String, String> options = new LinkedHashMap<>(Map.of("header", "true"));
    String target;
    final List<DeclaredColumn> schema = new ArrayList<>();
    SchemaEvolution evolution = SchemaEvolution.FAIL;
    String stepName = "bronze_orders";

    BronzeSteps(Path base, Path folder, String target) {
        this.base = base;
        this.source = folder.toAbsolutePath().toString();
        this.target = target;
    }

    static SparkSession spark() {
        SharedEngine.get();
        return SparkSession.active().newSession();
    }

    BronzeSteps declare(String name, String type) {
        schema.add(new DeclaredColumn(name, type, 7 + schema.size()));
        return this;
    }

    StepSpec step() {
        return new StepSpec(stepName, 3, StepKind.INGEST, new SourceSpec(format, source, options, 4), null, null,
                List.of(), null, null, List.of(), null, new SpecText(target, 5), schema, evolution, false, List.of());
    }

    PipelineSpec spec() {
        StepSpec s = step();
        return new PipelineSpec(pipeline, new SpecDocument("test.yaml", base, "pipeline: " + pipeline), Map.of(),
                List.of(s), new PipelineGraph(List.of(s.name()), Map.of()));
    }

    StepRun run(boolean fullRefresh) {
        return new StepRun(spark(), spec(), step(), "run-" + UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), fullRefresh, JobContext.silent("test"));
    }

    /** The target's rows as {@code col|col|…} text, sorted. */
    /** A time reads the same whether the session hands out Instants (java8API, as the app's) or Timestamps. */
    private static String text(Object value) {
        return String.valueOf(value instanceof java.sql.Timestamp t ? t.toInstant() : value);
    }

    List<String> rows(String... columns) {
        SparkSession spark = spark();
        List<String> out = new ArrayList<>();
        for (Row r : run(false).target().read(spark).selectExpr(columns).collectAsList()) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                b.append(i == 0 ? "" : "|").append(r.isNullAt(i) ? "null" : text(r.get(i)));
            }
            out.add(b.toString());
        }
        out.sort(null);
        return out;
    }
}
