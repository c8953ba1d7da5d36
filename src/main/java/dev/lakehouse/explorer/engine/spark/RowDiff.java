package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowChange;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowCounts;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.lakehouse.explorer.engine.spark.DiffInput.AFTER;
import static dev.lakehouse.explorer.engine.spark.DiffInput.BEFORE;
import static dev.lakehouse.explorer.engine.spark.DiffInput.ORD;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

/**
 * Counts and lists differing rows from a {@link DiffInput} event frame, in one aggregation.
 * <p>
 * With a key, each key's state before is its earliest leaving row and its state after its latest arriving row
 * ({@code min_by}/{@code max_by} over the event order), so a row updated three times between the versions counts
 * once, and a row inserted then deleted not at all. "Changed" compares only the columns both versions have: a
 * column added in between is not a change of every row. Without a key, rows are compared as a multiset (what
 * {@code exceptAll} does, as a signed count per distinct row), which also keeps each row's full values for display.
 */
final class RowDiff {
    private static final String KIND = "__kind";
    private static final String CHANGED = "__changed";
    private static final String DUP = "__dup";
    private static final String NET = "__net";

    private RowDiff() {
    }

    record Result(RowCounts counts, List<RowChange> rows) {
    }

    /**
     * @param keysUniquePerSide true when the events are two whole versions: a key seen twice on one side is a key
     *                          that is not unique; for a change feed the caller checks per commit instead
     */
    static Result withKey(Dataset<Row> events, List<String> keys, boolean keysUniquePerSide, boolean includeRows, int rowLimit) {
        StructType before = structOf(events, BEFORE);
        StructType after = structOf(events, AFTER);
        Column leaving = col(ORD + ".p").equalTo(0);
        List<Column> keyCols = new ArrayList<>();
        List<String> keyNames = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            DataType type = after.apply(keys.get(i)).dataType();
            keyNames.add("__k" + i);
            keyCols.add(when(leaving, field(BEFORE, keys.get(i))).otherwise(field(AFTER, keys.get(i))).cast(type).as("__k" + i));
        }
        List<Column> select = new ArrayList<>(keyCols);
        select.addAll(List.of(col(BEFORE), col(AFTER), col(ORD)));
        Dataset<Row> grouped = events.select(select.toArray(Column[]::new))
                .groupBy(keyNames.stream().map(n -> col(n)).toArray(Column[]::new))
                .agg(min_by(col(BEFORE), col(ORD)).as("__b"), max_by(col(AFTER), col(ORD)).as("__a"),
                        sum(when(leaving, 1).otherwise(0)).as("__n0"), sum(when(leaving, 0).otherwise(1)).as("__n1"));
        Column b = col("__b");
        Column a = col("__a");
        List<String> common = common(before, after);
        Column differs = lit(false);
        List<Column> changedNames = new ArrayList<>();
        for (String c : common) {
            Column[] pair = comparable(b.getField(c), before.apply(c).dataType(), a.getField(c), after.apply(c).dataType());
            Column differ = pair[0].eqNullSafe(pair[1]).unary_$bang();
            differs = differs.or(differ);
            changedNames.add(when(differ, lit(c)));
        }
        Column kind = when(b.isNull().and(a.isNotNull()), lit("ADDED"))
                .when(b.isNotNull().and(a.isNull()), lit("REMOVED"))
                .when(b.isNotNull().and(a.isNotNull()).and(differs), lit("CHANGED"));
        Column dup = keysUniquePerSide ? col("__n0").gt(1).or(col("__n1").gt(1)) : lit(false);
        Dataset<Row> classified = grouped.select(col("*"), kind.as(KIND), dup.as(DUP),
                array_compact(array(changedNames.toArray(Column[]::new))).as(CHANGED));
        Dataset<Row> diffs = classified.where(col(KIND).isNotNull().or(col(DUP)));
        Column[] order = keyNames.stream().map(n -> col(n)).toArray(Column[]::new);
        return collect(diffs, includeRows, rowLimit, keys, order,
                sum(when(col(KIND).equalTo("ADDED"), 1)), sum(when(col(KIND).equalTo("REMOVED"), 1)));
    }

    /** Refuses a key that appears twice in one commit of a change feed (it cannot identify one row). */
    static void checkKeyUniquePerCommit(Dataset<Row> events, List<String> keys) {
        Column leaving = col(ORD + ".p").equalTo(0);
        List<Column> by = new ArrayList<>();
        for (String k : keys) {
            by.add(when(leaving, field(BEFORE, k)).otherwise(field(AFTER, k)));
        }
        by.add(col(ORD));
        if (!events.groupBy(by.toArray(Column[]::new)).count().where(col("count").gt(1)).limit(1).isEmpty()) {
            throw notUnique(keys);
        }
    }

    static Result withoutKey(Dataset<Row> events, boolean includeRows, int rowLimit) {
        StructType before = structOf(events, BEFORE);
        StructType after = structOf(events, AFTER);
        Column leaving = col(ORD + ".p").equalTo(0);
        List<String> common = common(before, after);
        List<Column> select = new ArrayList<>();
        List<Column> groupBy = new ArrayList<>();
        for (int i = 0; i < common.size(); i++) {
            String c = common.get(i);
            Column[] pair = comparable(field(BEFORE, c), before.apply(c).dataType(), field(AFTER, c), after.apply(c).dataType());
            select.add(when(leaving, pair[0]).otherwise(pair[1]).as("__c" + i));
            groupBy.add(col("__c" + i));
        }
        if (common.isEmpty()) { // no column in common: no row of one version can equal a row of the other
            select.add(when(leaving, concat(lit("before "), to_json(col(BEFORE))))
                    .otherwise(concat(lit("after "), to_json(col(AFTER)))).as("__row"));
            groupBy.add(col("__row"));
        }
        select.addAll(List.of(col(BEFORE), col(AFTER), when(leaving, -1).otherwise(1).as("__sign")));
        Dataset<Row> grouped = events.select(select.toArray(Column[]::new))
                .groupBy(groupBy.toArray(Column[]::new))
                .agg(sum(col("__sign")).as(NET), first(col(BEFORE), true).as("__b"), first(col(AFTER), true).as("__a"));
        Column net = col(NET);
        Dataset<Row> diffs = grouped.where(net.notEqual(0)).select(
                when(net.gt(0), lit("ADDED")).otherwise(lit("REMOVED")).as(KIND),
                when(net.lt(0), col("__b")).as("__b"), when(net.gt(0), col("__a")).as("__a"),
                net, lit(false).as(DUP), array().cast("array<string>").as(CHANGED));
        return collect(diffs, includeRows, rowLimit, List.of(), new Column[0],
                sum(when(net.gt(0), net)), sum(when(net.lt(0), abs(net))));
    }

    private static Result collect(Dataset<Row> diffs, boolean includeRows, int rowLimit, List<String> keys,
                                  Column[] order, Column added, Column removed) {
        boolean listRows = includeRows && rowLimit > 0;
        if (listRows) {
            diffs.persist(StorageLevel.MEMORY_AND_DISK()); // counted, then listed: compute the differing rows once
        }
        try {
            Row c = diffs.agg(added, removed, sum(when(col(KIND).equalTo("CHANGED"), 1)), sum(when(col(DUP), 1))).first();
            if (!c.isNullAt(3) && c.getLong(3) > 0) {
                throw notUnique(keys);
            }
            RowCounts counts = new RowCounts(count(c, 0), count(c, 1), count(c, 2));
            if (!listRows) {
                return new Result(counts, List.of());
            }
            Dataset<Row> listed = diffs.where(col(KIND).isNotNull());
            if (order.length > 0) {
                listed = listed.orderBy(order);
            }
            if (listed.schema().getFieldIndex(NET).isDefined()) { // a row added twice is listed twice
                listed = listed.withColumn("__copy", explode(sequence(lit(1L), least(abs(col(NET)), lit((long) rowLimit)))));
            }
            Dataset<Row> picked = listed.select(KIND, "__b", "__a", CHANGED).limit(rowLimit);
            StructType schema = picked.schema();
            return new Result(counts, picked.collectAsList().stream().map(r -> change(r, schema)).toList());
        } finally {
            if (listRows) {
                diffs.unpersist(false);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static RowChange change(Row r, StructType schema) {
        Map<String, Object> before = r.isNullAt(1) ? Map.of()
                : (Map<String, Object>) RowValues.convert(r.get(1), schema.apply("__b").dataType());
        Map<String, Object> after = r.isNullAt(2) ? Map.of()
                : (Map<String, Object>) RowValues.convert(r.get(2), schema.apply("__a").dataType());
        List<String> changed = r.getList(3);
        return new RowChange(RowChange.Kind.valueOf(r.getString(0)), before, after, List.copyOf(changed));
    }

    private static long count(Row r, int i) {
        return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
    }

    /**
     * A pair of expressions that are equal when the values are. Values of the same type compare as they are; a
     * column whose type changed (int → bigint, a struct that gained a field) or that holds maps (not comparable in
     * Spark) compares as JSON text, in which a widened number reads the same and a new null field is left out.
     */
    static Column[] comparable(Column before, DataType beforeType, Column after, DataType afterType) {
        if (beforeType.simpleString().equals(afterType.simpleString()) && !hasMap(beforeType)) {
            return new Column[] {before, after};
        }
        return new Column[] {to_json(struct(before.as("v"))), to_json(struct(after.as("v")))};
    }

    private static boolean hasMap(DataType t) {
        if (t instanceof MapType) {
            return true;
        }
        if (t instanceof ArrayType a) {
            return hasMap(a.elementType());
        }
        if (t instanceof StructType s) {
            for (StructField f : s.fields()) {
                if (hasMap(f.dataType())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The top-level columns both versions have, in the newer version's order. */
    private static List<String> common(StructType before, StructType after) {
        List<String> names = List.of(before.fieldNames());
        return java.util.Arrays.stream(after.fieldNames()).filter(names::contains).toList();
    }

    private static StructType structOf(Dataset<Row> events, String column) {
        return (StructType) events.schema().apply(column).dataType();
    }

    private static Column field(String struct, String name) {
        return col(struct).getField(name);
    }

    private static InvalidRequestException notUnique(List<String> keys) {
        return new InvalidRequestException("The key (" + String.join(", ", keys) + ") is not unique: some value appears"
                + " in more than one row of a version; pick columns that identify one row, or diff without a key");
    }
}
