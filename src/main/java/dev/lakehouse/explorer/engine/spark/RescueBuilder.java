package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link RawFrame} into bronze rows: every table column typed from the file's value (a value that does not
 * cast becomes null in the column and keeps its text in {@code _rescued_data}), a column the file lacks is null,
 * and {@code _rescued_data} is a JSON object of what did not fit — {@code {"_corrupt_record": "<raw line>"}} for a
 * line that could not be parsed, {@code {"quantity": "three"}} for a value of the wrong type, and the values of
 * columns the table does not have (schema_evolution: rescue) — or null when everything fitted.
 *
 * <p>All of it is one projection of column expressions: no job, no UDF, nothing per column at run time.
 */
final class RescueBuilder {
    private final StructType data;
    private final Timestamp ingestedAt;

    RescueBuilder(StructType data, Timestamp ingestedAt) {
        this.data = data;
        this.ingestedAt = ingestedAt;
    }

    Dataset<Row> build(RawFrame raw) {
        StructType rawSchema = raw.frame().schema();
        List<Column> out = new ArrayList<>();
        List<String> rescueEntries = new ArrayList<>();
        rescueEntries.add(DeltaSql.literal(RawFrame.CORRUPT));
        rescueEntries.add(RawFrame.CORRUPT);
        Set<String> used = new HashSet<>();
        for (StructField f : data.fields()) {
            var internal = raw.internal(f.name());
            if (internal.isEmpty()) {
                out.add(functions.lit(null).cast(f.dataType()).as(f.name()));
                continue;
            }
            String c = internal.get();
            used.add(c);
            DataType from = rawSchema.apply(c).dataType();
            String converted = convert(c, from, f.dataType());
            out.add(functions.expr(converted).as(f.name()));
            if (!converted.equals(c) && !f.dataType().equals(DataTypes.StringType)) {
                rescueEntries.add(DeltaSql.literal(f.name()));
                rescueEntries.add("CASE WHEN " + c + " IS NOT NULL AND (" + converted + ") IS NULL THEN "
                        + asText(c, from) + " END");
            }
        }
        for (Map.Entry<String, String> e : raw.columns().entrySet()) {
            if (!used.contains(e.getValue())) { // a column the table does not have: schema_evolution rescue
                rescueEntries.add(DeltaSql.literal(e.getKey()));
                rescueEntries.add(asText(e.getValue(), rawSchema.apply(e.getValue()).dataType()));
            }
        }
        out.add(functions.col(BronzeColumns.SOURCE_FILE));
        out.add(functions.lit(ingestedAt).as(BronzeColumns.INGESTED_AT));
        out.add(rescued(rescueEntries, raw.extras()).as(BronzeColumns.RESCUED));
        return raw.frame().select(out.toArray(Column[]::new));
    }

    /** {@code to_json} of the non-null entries, or null when there are none. */
    private static Column rescued(List<String> entries, Column extras) {
        Column map = functions.expr("map(" + String.join(", ", entries) + ")");
        if (extras != null) {
            map = functions.map_concat(map, extras);
        }
        Column kept = functions.map_filter(map, (k, v) -> v.isNotNull());
        return functions.when(functions.size(kept).gt(0), functions.to_json(kept));
    }

    /** SQL for the file's value as the table column's type; null where it does not convert. */
    static String convert(String c, DataType from, DataType to) {
        if (from.equals(to)) {
            return c;
        }
        if (to.equals(DataTypes.StringType)) {
            return asText(c, from);
        }
        if (from.equals(DataTypes.StringType) && !(to instanceof AtomicType)) {
            return "from_json(" + c + ", " + DeltaSql.literal(to.catalogString()) + ")";
        }
        return "try_cast(" + c + " AS " + to.sql() + ")";
    }

    /** SQL for the value as text, as it goes into {@code _rescued_data}. */
    static String asText(String c, DataType from) {
        if (from.equals(DataTypes.StringType)) {
            return c;
        }
        return from instanceof AtomicType ? "CAST(" + c + " AS STRING)" : "to_json(" + c + ")";
    }
}
