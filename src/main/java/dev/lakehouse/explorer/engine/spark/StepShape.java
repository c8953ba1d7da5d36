package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

/**
 * The {@code columns:} of a step applied to its input, keeping what the later clauses need beside the output.
 * <p>
 * The shaped frame holds the output columns, then every input column no output column shadows (under its own name,
 * so that {@code where: status <> 'test'}, an {@code order_by} or a {@code delete_when} may name a source column the
 * output leaves out, as in the example), then each shadowed input column as {@code _lx_in_<name>} (only for
 * the quarantine table, which keeps the row as it came). Names match case-insensitively, as Spark resolves them.
 */
final class StepShape {
    static final String HIDDEN = "_lx_in_";
    private final StructType input;
    private final List<String> outputs;
    private final Set<String> shadowed;

    private StepShape(StructType input, List<String> outputs) {
        this.input = input;
        this.outputs = List.copyOf(outputs);
        Set<String> lower = new HashSet<>();
        outputs.forEach(o -> lower.add(o.toLowerCase(Locale.ROOT)));
        this.shadowed = lower;
    }

    static StepShape of(StepSpec step, StructType input) {
        List<String> outputs = step.columns().isEmpty() ? List.of(input.fieldNames())
                : step.columns().stream().map(ColumnSpec::name).toList();
        return new StepShape(input, outputs);
    }

    /** The output column names, in order. */
    List<String> outputs() {
        return outputs;
    }

    /** The input after {@code columns:}, with the input columns beside it (see the class comment). */
    Dataset<Row> apply(StepSpec step, Dataset<Row> in) {
        if (step.columns().isEmpty()) {
            return in;
        }
        List<Column> cols = new ArrayList<>();
        for (ColumnSpec c : step.columns()) {
            cols.add(expr(c.expression()).as(c.name()));
        }
        for (String name : input.fieldNames()) {
            cols.add(isShadowed(name) ? col(DeltaSql.quote(name)).as(HIDDEN + name) : col(DeltaSql.quote(name)));
        }
        return in.select(cols.toArray(Column[]::new));
    }

    /** Only the output columns. */
    Column[] outputColumns() {
        return outputs.stream().map(o -> col(DeltaSql.quote(o))).toArray(Column[]::new);
    }

    /** The step's input columns as they were read, out of a shaped frame: what a quarantined row keeps. */
    Column[] inputColumns(StepSpec step) {
        List<Column> cols = new ArrayList<>();
        for (String name : input.fieldNames()) {
            boolean hidden = !step.columns().isEmpty() && isShadowed(name);
            cols.add(hidden ? col(DeltaSql.quote(HIDDEN + name)).as(name) : col(DeltaSql.quote(name)));
        }
        return cols.toArray(Column[]::new);
    }

    private boolean isShadowed(String inputName) {
        return shadowed.contains(inputName.toLowerCase(Locale.ROOT));
    }
}
