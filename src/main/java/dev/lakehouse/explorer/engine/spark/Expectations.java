package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.ExpectationResult;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * A step's {@code where:} and expectations over its shaped rows, evaluated together: one projection adds a flag per
 * clause ({@code coalesce(rule, false)}: a null result fails, as in Delta Live Tables), the flagged rows are
 * persisted for the rest of the step, and ONE aggregation job gives every count. The rows kept, quarantined and
 * dropped are then filters over the persisted flags, so the rules are not evaluated again by the write.
 * <p>
 * {@link #close()} unpersists; use in try-with-resources around the step's writes.
 */
final class Expectations implements AutoCloseable {
    private static final String WHERE = "_lx_where";
    private static final String RULE = "_lx_rule_";
    private final List<ExpectationSpec> rules;
    private final Dataset<Row> flagged;
    private final String[] shapedColumns;
    private Counts counts;

    /** Every count of one step's filtering, from one job. */
    record Counts(long read, long passedWhere, long dropped, long quarantined, List<ExpectationResult> results) {
        /** Rows that reach the dedupe. */
        long kept() {
            return read - dropped - quarantined;
        }
    }

    private Expectations(List<ExpectationSpec> rules, Dataset<Row> flagged, String[] shapedColumns) {
        this.rules = List.copyOf(rules);
        this.flagged = flagged;
        this.shapedColumns = shapedColumns;
    }

    /**
     * @param shaped the step's rows after {@code columns:} ({@link StepShape#apply})
     * @param where  the step's filter, or null
     */
    static Expectations over(Dataset<Row> shaped, String where, List<ExpectationSpec> rules) {
        List<Column> cols = new ArrayList<>();
        for (String c : shaped.columns()) {
            cols.add(col(DeltaSql.quote(c)));
        }
        cols.add(where == null || where.isBlank() ? lit(true).as(WHERE) : flag(where).as(WHERE));
        for (int i = 0; i < rules.size(); i++) {
            cols.add(flag(rules.get(i).rule()).as(RULE + i));
        }
        Dataset<Row> flagged = shaped.select(cols.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
        return new Expectations(rules, flagged, shaped.columns());
    }

    private static Column flag(String condition) {
        return coalesce(expr(condition).cast("boolean"), lit(false));
    }

    /** The counts, computed by one aggregation on first call. */
    Counts counts() {
        if (counts == null) {
            counts = aggregate();
        }
        return counts;
    }

    private Counts aggregate() {
        Column passed = col(WHERE);
        List<Column> aggs = new ArrayList<>();
        aggs.add(sum(when(passed, 1).otherwise(0)));
        for (int i = 0; i < rules.size(); i++) {
            aggs.add(sum(when(passed.and(col(RULE + i).unary_$bang()), 1).otherwise(0)));
        }
        aggs.add(sum(when(passed.and(fails(ExpectationAction.QUARANTINE)), 1).otherwise(0)));
        aggs.add(sum(when(passed.and(fails(ExpectationAction.QUARANTINE).unary_$bang())
                .and(fails(ExpectationAction.DROP)), 1).otherwise(0)));
        Row r = flagged.agg(count(lit(1)), aggs.toArray(Column[]::new)).first();
        long read = r.getLong(0);
        long where = r.isNullAt(1) ? 0 : r.getLong(1);
        List<ExpectationResult> results = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            long failed = r.isNullAt(2 + i) ? 0 : r.getLong(2 + i);
            ExpectationSpec e = rules.get(i);
            results.add(new ExpectationResult(e.name(), e.action(), where - failed, failed));
        }
        long quarantined = r.isNullAt(2 + rules.size()) ? 0 : r.getLong(2 + rules.size());
        long dropByRule = r.isNullAt(3 + rules.size()) ? 0 : r.getLong(3 + rules.size());
        return new Counts(read, where, read - where + dropByRule, quarantined, results);
    }

    /** True where the row fails any rule with this action (false when the step has none). */
    private Column fails(ExpectationAction action) {
        Column any = lit(false);
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).action() == action) {
                any = any.or(col(RULE + i).unary_$bang());
            }
        }
        return any;
    }

    /**
     * Fails the step when a {@code fail} rule failed for any row: the count and the first failing row, as the user
     * reads them; nothing has been written yet.
     */
    void checkFailRules(String[] shownColumns) {
        Counts counts = counts();
        List<ExpectationResult> results = counts.results();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).action() == ExpectationAction.FAIL && results.get(i).failed() > 0) {
                Row first = flagged.where(col(WHERE).and(col(RULE + i).unary_$bang())).select(
                        java.util.Arrays.stream(shownColumns).map(c -> col(DeltaSql.quote(c))).toArray(Column[]::new))
                        .first();
                long n = results.get(i).failed();
                throw new ExpectationFailure("expectation " + rules.get(i).name() + " failed for " + n
                        + (n == 1 ? " row" : " rows") + " (first: " + describe(first, shownColumns) + ")",
                        counts.read(), results);
            }
        }
    }

    private static String describe(Row row, String[] columns) {
        int shown = Math.min(columns.length, 8);
        String text = java.util.stream.IntStream.range(0, shown)
                .mapToObj(i -> columns[i] + "=" + row.get(i)).collect(Collectors.joining(", "));
        return columns.length > shown ? text + ", …" : text;
    }

    /** The rows that pass the filter and every quarantine and drop rule, in the shaped columns. */
    Dataset<Row> kept() {
        return flagged.where(col(WHERE).and(fails(ExpectationAction.QUARANTINE).unary_$bang())
                        .and(fails(ExpectationAction.DROP).unary_$bang()))
                .select(java.util.Arrays.stream(shapedColumns).map(c -> col(DeltaSql.quote(c))).toArray(Column[]::new));
    }

    /**
     * The rows that fail a quarantine rule (even if they fail a drop rule too), as {@code inputColumns} plus
     * {@code _failed_rules}: the names of every rule the row failed, whatever its action.
     */
    Dataset<Row> quarantined(Column[] inputColumns) {
        Dataset<Row> rows = flagged.where(col(WHERE).and(fails(ExpectationAction.QUARANTINE)));
        Column failed = array().cast("array<string>");
        if (!rules.isEmpty()) {
            List<Column> names = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                names.add(when(col(RULE + i).unary_$bang(), lit(rules.get(i).name())));
            }
            rows = rows.withColumn("_lx_failed", array(names.toArray(Column[]::new)));
            failed = expr("filter(_lx_failed, x -> x IS NOT NULL)");
        }
        List<Column> cols = new ArrayList<>(List.of(inputColumns));
        cols.add(failed.as("_failed_rules"));
        return rows.select(cols.toArray(Column[]::new));
    }

    boolean anyQuarantine() {
        return rules.stream().anyMatch(e -> e.action() == ExpectationAction.QUARANTINE);
    }

    @Override
    public void close() {
        flagged.unpersist(false);
    }
}
