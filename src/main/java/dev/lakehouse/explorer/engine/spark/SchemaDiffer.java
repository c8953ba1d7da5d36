package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.delta.SchemaDiff;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a schema changed, column by column. Nested fields are named with dots, as Delta's ALTER TABLE names them:
 * {@code address.city}, {@code items.element.sku} (a struct inside an array), {@code attrs.value.unit} (inside a map's
 * values). A struct that gained a field is not itself "changed": the new field is listed as added.
 */
final class SchemaDiffer {
    private SchemaDiffer() {
    }

    static SchemaDiff diff(StructType from, StructType to) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<SchemaDiff.ColumnChange> changed = new ArrayList<>();
        new Walk(added, removed, changed).struct("", from, to);
        return new SchemaDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    /** The short type name with nullability, as changes show it: {@code int}, {@code int not null}. */
    static String typeName(DataType type, boolean nullable) {
        return type.simpleString() + (nullable ? "" : " not null");
    }

    private record Walk(List<String> added, List<String> removed, List<SchemaDiff.ColumnChange> changed) {

        void struct(String prefix, StructType from, StructType to) {
            Map<String, StructField> after = byName(to);
            Map<String, StructField> before = byName(from);
            for (StructField f : from.fields()) {
                StructField t = after.get(f.name());
                if (t == null) {
                    removed.add(prefix + f.name());
                } else {
                    type(prefix + f.name(), f.dataType(), f.nullable(), t.dataType(), t.nullable());
                }
            }
            for (StructField t : to.fields()) {
                if (!before.containsKey(t.name())) {
                    added.add(prefix + t.name());
                }
            }
        }

        void type(String name, DataType from, boolean fromNull, DataType to, boolean toNull) {
            if (from instanceof StructType fs && to instanceof StructType ts) {
                struct(name + ".", fs, ts);
                nullability(name, from, fromNull, to, toNull);
            } else if (from instanceof ArrayType fa && to instanceof ArrayType ta
                    && fa.elementType() instanceof StructType fe && ta.elementType() instanceof StructType te) {
                struct(name + ".element.", fe, te);
                nullability(name, from, fromNull, to, toNull);
            } else if (from instanceof MapType fm && to instanceof MapType tm && fm.keyType().equals(tm.keyType())
                    && fm.valueType() instanceof StructType fv && tm.valueType() instanceof StructType tv) {
                struct(name + ".value.", fv, tv);
                nullability(name, from, fromNull, to, toNull);
            } else if (!from.simpleString().equals(to.simpleString()) || fromNull != toNull) {
                changed.add(new SchemaDiff.ColumnChange(name, typeName(from, fromNull), typeName(to, toNull)));
            }
        }

        /** A container kept its shape but its own nullability changed (inner changes are listed by field). */
        private void nullability(String name, DataType from, boolean fromNull, DataType to, boolean toNull) {
            if (fromNull != toNull) {
                changed.add(new SchemaDiff.ColumnChange(name, typeName(from, fromNull), typeName(to, toNull)));
            }
        }

        private static Map<String, StructField> byName(StructType t) {
            Map<String, StructField> m = new LinkedHashMap<>();
            for (StructField f : t.fields()) {
                m.put(f.name(), f);
            }
            return m;
        }
    }
}
