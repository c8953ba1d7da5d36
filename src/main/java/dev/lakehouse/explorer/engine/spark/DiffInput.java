package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * The rows a diff compares, as one DataFrame of events: {@code __before} (a row as it was, or null),
 * {@code __after} (a row as it became, or null) and {@code __ord = struct(v, p)}, the event's place in time —
 * commit version, then phase 0 for a row leaving, 1 for a row arriving. Both sources give the same shape, so one
 * aggregation ({@link RowDiff}) serves both.
 */
final class DiffInput {
    static final String BEFORE = "__before";
    static final String AFTER = "__after";
    static final String ORD = "__ord";

    private DiffInput() {
    }

    /** Every row of both versions: the old version's rows leave, the new version's arrive. */
    static Dataset<Row> versions(Dataset<Row> from, Dataset<Row> to) {
        StructType fromType = from.schema();
        StructType toType = to.schema();
        Dataset<Row> leaving = from.select(struct(all(from)).as(BEFORE), lit(null).cast(toType).as(AFTER), ord(lit(0L), 0));
        Dataset<Row> arriving = to.select(lit(null).cast(fromType).as(BEFORE), struct(all(to)).as(AFTER), ord(lit(1L), 1));
        return leaving.union(arriving);
    }

    /**
     * The change data feed of versions (from, to]: deletes and pre-images leave, inserts and post-images arrive.
     * The feed has the newer version's columns; the leaving rows keep only the columns the old version had.
     *
     * @return null when the feed lacks a column of either version (a column dropped in between)
     */
    static Dataset<Row> changeFeed(Dataset<Row> feed, StructType fromType, StructType toType) {
        List<String> feedColumns = Arrays.asList(feed.columns());
        if (!feedColumns.containsAll(Arrays.asList(fromType.fieldNames()))
                || !feedColumns.containsAll(Arrays.asList(toType.fieldNames()))) {
            return null;
        }
        Column leaving = col("_change_type").isin("delete", "update_preimage");
        return feed.select(
                when(leaving, struct(named(fromType))).as(BEFORE),
                when(leaving.unary_$bang(), struct(named(toType))).as(AFTER),
                struct(col("_commit_version").cast("bigint").as("v"), when(leaving, lit(0)).otherwise(lit(1)).as("p")).as(ORD));
    }

    private static Column ord(Column version, int phase) {
        return struct(version.as("v"), lit(phase).as("p")).as(ORD);
    }

    private static Column[] all(Dataset<Row> df) {
        return named(df.schema());
    }

    private static Column[] named(StructType type) {
        return Arrays.stream(type.fieldNames()).map(n -> col(DeltaSql.quote(n)).as(n)).toArray(Column[]::new);
    }
}
