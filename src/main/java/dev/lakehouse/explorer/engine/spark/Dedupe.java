package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.DedupeSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

/**
 * {@code dedupe:}: the first row per key by {@code order_by} ({@code row_number()} over a window), within the rows
 * of this run. Without {@code order_by} any one row per key is kept ({@code dropDuplicates}).
 */
final class Dedupe {
    private static final String RANK = "_lx_rank";

    private Dedupe() {
    }

    static Dataset<Row> apply(Dataset<Row> rows, DedupeSpec dedupe) {
        if (dedupe == null || dedupe.key().isEmpty()) {
            return rows;
        }
        if (dedupe.orderBy() == null || dedupe.orderBy().isBlank()) {
            return rows.dropDuplicates(dedupe.key().toArray(String[]::new));
        }
        return rows.withColumn(RANK, expr(rank(dedupe))).where(col(RANK).equalTo(1)).drop(RANK);
    }

    /** The window expression, also analyzed by the planner. */
    static String rank(DedupeSpec dedupe) {
        String order = dedupe.orderBy() == null || dedupe.orderBy().isBlank() ? "1" : dedupe.orderBy();
        return "row_number() OVER (PARTITION BY " + DeltaSql.quoteAll(dedupe.key()) + " ORDER BY " + order + ")";
    }
}
