package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Spark schemas in the engine's terms, as the Kernel reader gives them for local tables. */
final class SparkSchema {
    private static final String PHYSICAL_NAME_KEY = "delta.columnMapping.physicalName";

    private SparkSchema() {
    }

    static TableSchema schema(StructType type, List<String> partitionColumns) {
        return new TableSchema(fields(type), partitionColumns);
    }

    private static List<SchemaField> fields(StructType type) {
        return Arrays.stream(type.fields()).map(SparkSchema::field).toList();
    }

    private static SchemaField field(StructField f) {
        Map<String, String> metadata = new LinkedHashMap<>();
        var json = f.metadata();
        String comment = json.contains("comment") ? json.getString("comment") : null;
        if (comment != null) {
            metadata.put("comment", comment);
        }
        String physical = json.contains(PHYSICAL_NAME_KEY) ? json.getString(PHYSICAL_NAME_KEY) : null;
        if (physical != null) {
            metadata.put(PHYSICAL_NAME_KEY, physical);
        }
        return new SchemaField(f.name(), f.dataType().simpleString(),
                f.nullable(), comment, physical, metadata, children(f.dataType()));
    }

    private static List<SchemaField> children(DataType type) {
        if (type instanceof StructType struct) {
            return fields(struct);
        }
        if (type instanceof ArrayType array) {
            return children(array.elementType());
        }
        if (type instanceof MapType map) {
            return children(map.valueType());
        }
        return List.of();
    }
}
