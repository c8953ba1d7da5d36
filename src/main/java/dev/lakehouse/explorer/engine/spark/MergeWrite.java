package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.pipelines.WriteSpec;
import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

/**
 * An upsert of a step's rows into its target on a key, as the contract spells it:
 * {@code WHEN MATCHED AND delete_when THEN DELETE}, {@code WHEN MATCHED AND NOT (every non-key column <=> equal)
 * THEN UPDATE}, {@code WHEN NOT MATCHED AND NOT delete_when THEN INSERT} (when {@code insert_new}).
 * <p>
 * The source is checked for one row per key first (Delta's own error would not name the key, and a duplicate among
 * rows that match nothing is not an error to Delta at all: both would be inserted). The SetTransaction of an
 * incremental step reaches the MERGE's commit through the session confs, set only around it. A target that does
 * not exist yet is created by an append of the rows the MERGE would insert: still one commit.
 */
final class MergeWrite {
    static final String DELETE_FLAG = "_lx_delete";
    private static final String TXN_APP = "spark.databricks.delta.write.txnAppId";
    private static final String TXN_VERSION = "spark.databricks.delta.write.txnVersion";
    private static final String NOTE = "spark.databricks.delta.commitInfo.userMetadata";

    private MergeWrite() {
    }

    /** What the MERGE did to the target. {@code written} = rows handed to it (one per key). */
    record Result(Optional<Long> version, long written, long inserted, long updated, long deleted) {
        long unchanged() {
            return written - inserted - updated - deleted;
        }
    }

    /**
     * @param rows the output columns, plus {@link #DELETE_FLAG} when the write has a {@code delete_when}
     */
    static Result merge(SparkSession spark, PipelineTarget target, Dataset<Row> rows, WriteSpec write,
                        TargetWrite.Txn txn, String note) {
        long written = checkOneRowPerKey(target, rows, write.key());
        boolean flagged = write.deleteWhen() != null && !write.deleteWhen().isBlank();
        Optional<Long> before = target.version(spark);
        if (before.isEmpty()) {
            return create(spark, target, rows, write, flagged, txn, note, written);
        }
        DeltaMergeBuilder m = DeltaTable.forPath(spark, target.location(spark).orElseThrow()).as("t")
                .merge(rows.as("s"), on(write.key()));
        if (flagged) {
            m = m.whenMatched("s." + DELETE_FLAG).delete();
        }
        List<String> others = nonKeyColumns(rows, write.key());
        if (!others.isEmpty()) {
            m = m.whenMatched(changed(others, write.ignoreNulls())).update(updates(others, write.ignoreNulls()));
        }
        if (write.insertNew()) {
            Map<String, Column> values = new LinkedHashMap<>();
            for (String c : outputColumns(rows)) {
                values.put(DeltaSql.quote(c), col("s." + DeltaSql.quote(c)));
            }
            m = flagged ? m.whenNotMatched(col("s." + DELETE_FLAG).unary_$bang()).insert(values)
                    : m.whenNotMatched().insert(values);
        }
        execute(spark, m, txn, note);
        TargetWrite.Commit c = TargetWrite.lastCommit(spark, target, before);
        return new Result(c.version(), written, c.metric("numTargetRowsInserted"), c.metric("numTargetRowsUpdated"),
                c.metric("numTargetRowsDeleted"));
    }

    private static Result create(SparkSession spark, PipelineTarget target, Dataset<Row> rows, WriteSpec write,
                                 boolean flagged, TargetWrite.Txn txn, String note, long written) {
        Dataset<Row> inserts = write.insertNew() ? rows : rows.limit(0);
        if (flagged) {
            inserts = inserts.where(col(DELETE_FLAG).unary_$bang());
        }
        Column[] out = outputColumns(rows).stream().map(c -> col(DeltaSql.quote(c))).toArray(Column[]::new);
        TargetWrite.Commit c = TargetWrite.append(spark, target, inserts.select(out), txn, note);
        return new Result(c.version(), written, c.metric("numOutputRows"), 0, 0);
    }

    /** Sets the SetTransaction and note confs on the runner's own session only for this MERGE. */
    private static void execute(SparkSession spark, DeltaMergeBuilder m, TargetWrite.Txn txn, String note) {
        try {
            if (txn != null) {
                spark.conf().set(TXN_APP, txn.appId());
                spark.conf().set(TXN_VERSION, String.valueOf(txn.version()));
            }
            if (note != null) {
                spark.conf().set(NOTE, note);
            }
            m.execute();
        } finally {
            spark.conf().unset(TXN_APP);
            spark.conf().unset(TXN_VERSION);
            spark.conf().unset(NOTE);
        }
    }

    /**
     * One job: the rows handed to the MERGE and, when a key repeats, one such key. Fails with the key's values and
     * how to fix it.
     */
    static long checkOneRowPerKey(PipelineTarget target, Dataset<Row> rows, List<String> key) {
        Column[] keyCols = key.stream().map(k -> col(DeltaSql.quote(k))).toArray(Column[]::new);
        Row r = rows.groupBy(keyCols).agg(count(lit(1)).as("_lx_n"), struct(keyCols).as("_lx_k"))
                .agg(sum("_lx_n"), max("_lx_n"), max_by(col("_lx_k"), col("_lx_n"))).first();
        long total = r.isNullAt(0) ? 0 : r.getLong(0);
        long most = r.isNullAt(1) ? 0 : r.getLong(1);
        if (most > 1) {
            Row k = r.getStruct(2);
            String values = java.util.stream.IntStream.range(0, key.size())
                    .mapToObj(i -> key.get(i) + " = " + k.get(i)).collect(Collectors.joining(", "));
            throw new QueryException("MERGE into " + target.text() + " needs one row per key, but " + values
                    + " appears " + most + " times; add dedupe: {key: [" + String.join(", ", key) + "]} to the step");
        }
        return total;
    }

    private static Column on(List<String> key) {
        Column c = null;
        for (String k : key) {
            Column eq = col("t." + DeltaSql.quote(k)).equalTo(col("s." + DeltaSql.quote(k)));
            c = c == null ? eq : c.and(eq);
        }
        return c;
    }

    /** True when an update would change the row: a no-op update would rewrite files and count as updated. */
    private static Column changed(List<String> columns, boolean ignoreNulls) {
        Column same = lit(true);
        for (String c : columns) {
            same = same.and(value(c, ignoreNulls).eqNullSafe(col("t." + DeltaSql.quote(c))));
        }
        return same.unary_$bang();
    }

    private static Map<String, Column> updates(List<String> columns, boolean ignoreNulls) {
        Map<String, Column> set = new LinkedHashMap<>();
        for (String c : columns) {
            set.put(DeltaSql.quote(c), value(c, ignoreNulls));
        }
        return set;
    }

    private static Column value(String c, boolean ignoreNulls) {
        Column s = col("s." + DeltaSql.quote(c));
        return ignoreNulls ? coalesce(s, col("t." + DeltaSql.quote(c))) : s;
    }

    private static List<String> outputColumns(Dataset<Row> rows) {
        List<String> out = new ArrayList<>();
        for (String c : rows.columns()) {
            if (!c.equals(DELETE_FLAG)) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> nonKeyColumns(Dataset<Row> rows, List<String> key) {
        List<String> keys = key.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        return outputColumns(rows).stream().filter(c -> !keys.contains(c.toLowerCase(Locale.ROOT))).toList();
    }

    /** {@code delete_when} as a column of the source, so the MERGE clauses need not see the input columns. */
    static Column deleteFlag(String deleteWhen) {
        return coalesce(expr(deleteWhen).cast("boolean"), lit(false)).as(DELETE_FLAG);
    }
}
