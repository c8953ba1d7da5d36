package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts Spark rows into the engine's plain Java values (see {@link dev.lakehouse.explorer.engine.sql.ResultPage}). */
final class RowValues {
    private RowValues() {
    }

    static List<Column> columns(StructType schema) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : schema.fields()) {
            cols.add(new Column(f.name(), f.dataType().simpleString()));
        }
        return cols;
    }

    static List<Object> values(Row row, StructType schema) {
        StructField[] fields = schema.fields();
        List<Object> out = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            out.add(convert(row.isNullAt(i) ? null : row.get(i), fields[i].dataType()));
        }
        return out;
    }

    /** One value of the given Spark type as a plain Java value (a struct as a name → value map). */
    @SuppressWarnings("unchecked")
    static Object convert(Object v, DataType type) {
        if (v == null) {
            return null;
        }
        if (type instanceof StructType st) {
            Row r = (Row) v;
            Map<String, Object> m = new LinkedHashMap<>();
            StructField[] fs = st.fields();
            for (int i = 0; i < fs.length; i++) {
                m.put(fs[i].name(), convert(r.isNullAt(i) ? null : r.get(i), fs[i].dataType()));
            }
            return m;
        }
        if (type instanceof ArrayType at) {
            List<Object> list = new ArrayList<>();
            for (Object e : JavaConverters.seqAsJavaList((scala.collection.Seq<Object>) v)) {
                list.add(convert(e, at.elementType()));
            }
            return list;
        }
        if (type instanceof MapType mt) {
            Map<Object, Object> m = new LinkedHashMap<>();
            JavaConverters.mapAsJavaMap((scala.collection.Map<Object, Object>) v)
                    .forEach((k, val) -> m.put(convert(k, mt.keyType()), convert(val, mt.valueType())));
            return m;
        }
        // java8API is on, but a session built elsewhere may still hand out java.sql types
        if (v instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        return v;
    }
}
