package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import dev.lakehouse.explorer.engine.pipelines.DedupeSpec;
import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import dev.lakehouse.explorer.engine.pipelines.PipelineGraph;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.SchemaEvolution;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.SpecText;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.engine.pipelines.WriteMode;
import dev.lakehouse.explorer.engine.pipelines.WriteSpec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Steps and pipelines built directly as records (no YAML), every element on its own line number so that tests can
 * check where a problem is reported; and small Delta tables to read from.
 */
final class StepFixture {
    private StepFixture() {
    }

    static SparkSession spark() {
        SharedEngine.get();
        return SparkSession.active().newSession();
    }

    /** A fluent step; lines count up from the step's name line in the order things are added. */
    static final class Step {
        private final String name;
        private final StepKind kind;
        private final int line;
        private int next;
        private SpecText from;
        private SpecText sql;
        private SpecText target;
        private final List<ColumnSpec> columns = new ArrayList<>();
        private SpecText where;
        private DedupeSpec dedupe;
        private final List<ExpectationSpec> expectations = new ArrayList<>();
        private WriteSpec write;
        private boolean full;

        private Step(String name, StepKind kind, int line) {
            this.name = name;
            this.kind = kind;
            this.line = line;
            this.next = line + 1;
        }

        Step target(String t) {
            target = new SpecText(t, next++);
            return this;
        }

        Step column(String n, String e) {
            columns.add(new ColumnSpec(n, e, next++));
            return this;
        }

        Step where(String w) {
            where = new SpecText(w, next++);
            return this;
        }

        Step expect(String n, String rule, ExpectationAction a) {
            expectations.add(new ExpectationSpec(n, rule, a, next++));
            return this;
        }

        Step dedupe(String orderBy, String... key) {
            dedupe = new DedupeSpec(List.of(key), orderBy, next++);
            return this;
        }

        Step write(WriteMode mode) {
            write = WriteSpec.of(mode, next++);
            return this;
        }

        Step merge(String deleteWhen, boolean ignoreNulls, boolean insertNew, String... key) {
            write = new WriteSpec(WriteMode.MERGE, List.of(key), deleteWhen, ignoreNulls, insertNew, next++);
            return this;
        }

        Step full() {
            full = true;
            return this;
        }

        StepSpec build() {
            WriteSpec w = write != null ? write
                    : WriteSpec.of(kind == StepKind.SQL ? WriteMode.OVERWRITE : WriteMode.APPEND, 0);
            return new StepSpec(name, line, kind, null, from, sql, columns, where, dedupe, expectations, w, target,
                    List.of(), SchemaEvolution.FAIL, full, List.of());
        }
    }

    static Step transform(String name, String from, int line) {
        Step s = new Step(name, StepKind.TRANSFORM, line);
        s.from = new SpecText(from, s.next++);
        return s;
    }

    static Step sql(String name, String query, int line) {
        Step s = new Step(name, StepKind.SQL, line);
        s.sql = new SpecText(query, s.next++);
        return s;
    }

    /** A pipeline of the steps, in order; edges from {@code from:} naming a step (enough for these tests). */
    static PipelineSpec pipeline(String name, Path baseDir, StepSpec... steps) {
        List<String> names = new ArrayList<>();
        Map<String, Set<String>> deps = new HashMap<>();
        for (StepSpec s : steps) {
            names.add(s.name());
            Set<String> d = new HashSet<>();
            for (StepSpec o : steps) {
                if (s.from() != null && s.from().text().equals(o.name())) {
                    d.add(o.name());
                }
            }
            deps.put(s.name(), d);
        }
        SpecDocument doc = new SpecDocument(name + ".yaml", baseDir, "");
        return new PipelineSpec(name, doc, Map.of(), List.of(steps), new PipelineGraph(names, deps));
    }

    static StepRun run(SparkSession spark, PipelineSpec p, String step, boolean fullRefresh) {
        return new StepRun(spark, p, p.step(step).orElseThrow(), "run-" + UUID.randomUUID(), Instant.now(),
                fullRefresh, JobContext.silent("test"));
    }

    /** A Delta table at a folder with the change data feed on, created with its first rows as version 0. */
    static String table(SparkSession spark, Path dir, String name, String columns, String... valueRows) {
        String path = dir.resolve(name).toString();
        spark.sql("CREATE TABLE delta.`" + path + "` (" + columns + ") USING delta"
                + " TBLPROPERTIES (delta.enableChangeDataFeed = true)");
        if (valueRows.length > 0) {
            insert(spark, path, valueRows);
        }
        return path;
    }

    /** One commit of rows, each {@code (1, 'a')}. */
    static void insert(SparkSession spark, String path, String... valueRows) {
        spark.sql("INSERT INTO delta.`" + path + "` VALUES " + String.join(", ", valueRows));
    }

    static List<Row> rows(SparkSession spark, String path, String orderBy) {
        return spark.read().format("delta").load(path).orderBy(orderBy).collectAsList();
    }

    static long version(SparkSession spark, String path) {
        return io.delta.tables.DeltaTable.forPath(spark, path).history(1).first().getLong(0);
    }
}
