package dev.lakehouse.explorer.engine.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BinaryType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FieldMetadata;
import io.delta.kernel.types.FloatType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Kernel types and schemas in the engine's terms: Spark SQL's short type names, plain records. */
final class KernelSchema {
    static final String PHYSICAL_NAME_KEY = "delta.columnMapping.physicalName";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KernelSchema() {
    }

    static TableSchema schema(StructType type, List<String> partitionColumns) {
        return new TableSchema(fields(type), partitionColumns);
    }

    private static List<SchemaField> fields(StructType type) {
        return type.fields().stream().map(KernelSchema::field).toList();
    }

    private static SchemaField field(StructField f) {
        Map<String, String> metadata = metadata(f.getMetadata());
        return new SchemaField(f.getName(), typeName(f.getDataType()), f.isNullable(), metadata.get("comment"),
                metadata.get(PHYSICAL_NAME_KEY), metadata, children(f.getDataType()));
    }

    /** The fields under a struct, reached through arrays and map values too, so a tree view can open them. */
    private static List<SchemaField> children(DataType type) {
        if (type instanceof StructType struct) {
            return fields(struct);
        }
        if (type instanceof ArrayType array) {
            return children(array.getElementType());
        }
        if (type instanceof MapType map) {
            return children(map.getValueType());
        }
        return List.of();
    }

    /** Spark SQL's {@code simpleString}: {@code bigint}, {@code decimal(10,2)}, {@code struct<a:int>}… */
    static String typeName(DataType type) {
        if (type instanceof StructType struct) {
            return struct.fields().stream().map(f -> f.getName() + ":" + typeName(f.getDataType()))
                    .collect(Collectors.joining(",", "struct<", ">"));
        }
        if (type instanceof ArrayType array) {
            return "array<" + typeName(array.getElementType()) + ">";
        }
        if (type instanceof MapType map) {
            return "map<" + typeName(map.getKeyType()) + "," + typeName(map.getValueType()) + ">";
        }
        if (type instanceof DecimalType d) {
            return "decimal(" + d.getPrecision() + "," + d.getScale() + ")";
        }
        if (type instanceof ByteType) {
            return "tinyint";
        }
        if (type instanceof ShortType) {
            return "smallint";
        }
        if (type instanceof IntegerType) {
            return "int";
        }
        if (type instanceof LongType) {
            return "bigint";
        }
        if (type instanceof TimestampNTZType) {
            return "timestamp_ntz";
        }
        if (type instanceof TimestampType) {
            return "timestamp";
        }
        if (type instanceof StringType) {
            return "string"; // collated strings too, as Spark 3.5 shows them
        }
        if (type instanceof BooleanType) {
            return "boolean";
        }
        if (type instanceof FloatType) {
            return "float";
        }
        if (type instanceof DoubleType) {
            return "double";
        }
        if (type instanceof BinaryType) {
            return "binary";
        }
        if (type instanceof DateType) {
            return "date";
        }
        return type.toString(); // variant, and types newer than this reader: Kernel's own name
    }

    /** Field metadata as text; values that are not strings become JSON. */
    static Map<String, String> metadata(FieldMetadata metadata) {
        var result = new LinkedHashMap<String, String>();
        metadata.getEntries().forEach((k, v) -> result.put(k, v instanceof String s ? s : json(plain(v))));
        return result;
    }

    private static Object plain(Object value) {
        if (value instanceof FieldMetadata nested) {
            var map = new LinkedHashMap<String, Object>();
            nested.getEntries().forEach((k, v) -> map.put(k, plain(v)));
            return map;
        }
        if (value instanceof Object[] array) {
            var list = new ArrayList<>();
            for (Object o : array) {
                list.add(plain(o));
            }
            return list;
        }
        return value;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
