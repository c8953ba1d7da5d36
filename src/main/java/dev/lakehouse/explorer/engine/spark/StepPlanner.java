package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.SpecText;
import dev.lakehouse.explorer.engine.pipelines.SqlTables;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.engine.pipelines.TableReference;
import dev.lakehouse.explorer.engine.pipelines.WriteMode;
import dev.lakehouse.explorer.engine.pipelines.WriteSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.apache.spark.sql.functions.expr;

/**
 * {@code pipeline validate} for TRANSFORM and SQL steps, without running a job: each expression of the step is
 * analyzed by Spark over an empty frame of the step's input schema (an upstream step's planned schema, or an
 * existing table's), one at a time, so a problem is reported at the line of the expression that has it.
 */
final class StepPlanner {
    private static final Pattern POSITION = Pattern.compile(
            "\\s*(;\\s*)?(\\(line \\d+, pos(ition)? \\d+\\)|line \\d+,? pos(ition)? \\d+)\\s*;?");

    private StepPlanner() {
    }

    static StructType planTransform(StepRun run, Map<String, StructType> upstream) {
        refuseView(run);
        StructType input = inputSchema(run, upstream);
        return planBody(run, empty(run.spark(), input));
    }

    /**
     * A SQL step: the query is analyzed as written; a table it reads that does not exist yet (first run) but is an
     * upstream step's target is swapped for a temporary view of that step's planned schema.
     */
    static StructType planSql(StepRun run, Map<String, StructType> upstream) {
        refuseView(run);
        SparkSession spark = run.spark();
        SpecText sql = run.step().sql();
        List<String> views = new ArrayList<>();
        try {
            String text = withPlannedTables(run, upstream, views);
            Dataset<Row> result = analyze(sql.line(), "sql", () -> spark.sql(text));
            return planBody(run, empty(spark, result.schema()));
        } finally {
            views.forEach(v -> spark.catalog().dropTempView(v));
        }
    }

    private static String withPlannedTables(StepRun run, Map<String, StructType> upstream, List<String> views) {
        String sql = run.step().sql().text();
        List<TableReference> refs = new ArrayList<>(SqlTables.referenced(sql));
        refs.sort(Comparator.comparingInt(TableReference::offset).reversed()); // replace from the end: offsets hold
        StringBuilder text = new StringBuilder(sql);
        for (TableReference ref : refs) {
            PipelineTarget t = tableOf(run, ref);
            if (t.exists(run.spark()) || t.catalogEntry(run.spark()).isPresent()) {
                continue;
            }
            Optional<StructType> planned = writerOf(run.pipeline(), t).map(s -> upstream.get(s.name()));
            if (planned.isPresent() && planned.get() != null) {
                String view = "lx_plan_" + run.step().name() + "_" + views.size();
                empty(run.spark(), planned.get()).createOrReplaceTempView(view);
                views.add(view);
                text.replace(ref.offset(), ref.end(), DeltaSql.quote(view));
            }
        }
        return text.toString();
    }

    /** The target a query's table reference names: {@code delta.`/path`} is a folder. */
    static PipelineTarget tableOf(StepRun run, TableReference ref) {
        List<String> p = ref.parts();
        boolean path = p.size() == 2 && p.get(0).equalsIgnoreCase("delta") && p.get(1).contains("/");
        return PipelineTarget.of(path ? p.get(1) : ref.name(), run.pipeline().document().baseDir());
    }

    /** The step that writes this table, if any (the last one in run order, which is what a reader sees). */
    /**
     * The step that creates a table: the first in run order that writes it. Later writers (a MERGE of changes into
     * the same table) keep its schema, so its planned schema is the table's.
     */
    static Optional<StepSpec> writerOf(PipelineSpec pipeline, PipelineTarget table) {
        for (StepSpec s : pipeline.runOrder()) {
            if (PipelineTarget.of(s.target().text(), pipeline.document().baseDir()).sqlName()
                    .equalsIgnoreCase(table.sqlName())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static void refuseView(StepRun run) {
        PipelineTarget target = run.target();
        if (target.isView(run.spark())) {
            throw new StepPlanException(run.step().target().line(), "target " + target.text()
                    + " is a view; a step writes a Delta table");
        }
    }

    /** The schema a TRANSFORM step reads: its {@code from:} step's planned schema, or the existing table's. */
    private static StructType inputSchema(StepRun run, Map<String, StructType> upstream) {
        SpecText from = run.step().from();
        PipelineSpec pipeline = run.pipeline();
        Optional<StepSpec> step = pipeline.step(from.text().strip());
        PipelineTarget table = ChangeReader.source(run);
        if (step.isEmpty()) {
            step = writerOf(pipeline, table).filter(s -> !s.name().equals(run.step().name()));
        }
        if (step.isPresent() && upstream.get(step.get().name()) != null) {
            return upstream.get(step.get().name());
        }
        if (table.exists(run.spark())) {
            return table.read(run.spark()).schema();
        }
        if (step.isPresent()) {
            throw new StepPlanException(from.line(), "cannot be checked: step " + step.get().name()
                    + " it reads from has problems");
        }
        if (table.catalogEntry(run.spark()).isPresent()) {
            throw new StepPlanException(from.line(), "from: " + from.text() + " is not a Delta table");
        }
        throw new StepPlanException(from.line(), "from: " + from.text() + " names no step and no existing table");
    }

    /** The expressions a TRANSFORM or SQL step applies to its input, each analyzed where it is written. */
    private static StructType planBody(StepRun run, Dataset<Row> in) {
        StepSpec step = run.step();
        for (ColumnSpec c : step.columns()) {
            analyze(c.line(), "column " + c.name(), () -> in.select(expr(c.expression())));
        }
        StepShape shape = StepShape.of(step, in.schema());
        int columnsLine = step.columns().isEmpty() ? step.line() : step.columns().get(0).line();
        Dataset<Row> shaped = analyze(columnsLine, "columns", () -> shape.apply(step, in));
        if (step.where() != null && !step.where().text().isBlank()) {
            requireBoolean(shaped, step.where().text(), step.where().line(), "where");
        }
        for (ExpectationSpec e : step.expectations()) {
            requireBoolean(shaped, e.rule(), e.line(), "expectation " + e.name());
        }
        if (step.dedupe() != null && !step.dedupe().key().isEmpty()) {
            analyze(step.dedupe().line(), "dedupe", () -> shaped.select(expr(Dedupe.rank(step.dedupe()))));
        }
        StructType out = shaped.select(shape.outputColumns()).schema();
        if (step.kind() != dev.lakehouse.explorer.engine.pipelines.StepKind.SQL
                && TransformStep.mode(step) == WriteMode.MERGE) {
            checkMerge(step.write(), out, shaped);
        }
        return out;
    }

    private static void checkMerge(WriteSpec write, StructType out, Dataset<Row> shaped) {
        List<String> names = List.of(out.fieldNames());
        for (String k : write.key()) {
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(k))) {
                throw new StepPlanException(write.line(), "merge key " + k + " is not a column of the step's output"
                        + " (columns: " + String.join(", ", names) + ")");
            }
        }
        if (write.deleteWhen() != null && !write.deleteWhen().isBlank()) {
            requireBoolean(shaped, write.deleteWhen(), write.line(), "delete_when");
        }
    }

    private static void requireBoolean(Dataset<Row> rows, String condition, int line, String what) {
        DataType t = analyze(line, what, () -> rows.select(expr(condition))).schema().fields()[0].dataType();
        if (!(t instanceof BooleanType)) {
            throw new StepPlanException(line, what + " is not a boolean expression: " + condition.strip() + " is "
                    + t.sql());
        }
    }

    /** Runs Spark's analysis of one expression; its failure becomes one clean line at the expression's line. */
    private static Dataset<Row> analyze(int line, String what, Supplier<Dataset<Row>> analysis) {
        try {
            Dataset<Row> d = analysis.get();
            d.schema(); // analysis is lazy for some plans: force it here, still no job
            return d;
        } catch (StepPlanException e) {
            throw e;
        } catch (Exception e) { // AnalysisException and ParseException (Scala declares neither)
            throw new StepPlanException(line, what + ": " + clean(e));
        }
    }

    /** Spark's message without error class, SQLSTATE, position in the expression or plan. */
    static String clean(Throwable e) {
        String m = SparkErrors.oneLine(e.getMessage());
        m = POSITION.matcher(m).replaceAll("");
        m = m.replaceAll("[.;\\s]+$", "");
        // the shaped frame's copies of shadowed input columns are not the user's to name
        m = m.replaceAll(", `" + StepShape.HIDDEN + "[^`]*`|`" + StepShape.HIDDEN + "[^`]*`(, )?", "");
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    private static Dataset<Row> empty(SparkSession spark, StructType schema) {
        return spark.createDataFrame(java.util.Collections.<Row>emptyList(), schema);
    }
}
