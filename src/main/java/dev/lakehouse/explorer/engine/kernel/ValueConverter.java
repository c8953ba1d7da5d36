package dev.lakehouse.explorer.engine.kernel;

import io.delta.kernel.data.ArrayValue;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.MapValue;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BinaryType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FloatType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * One cell of a Kernel column vector as the plain Java value {@link dev.lakehouse.explorer.engine.sql.ResultPage}
 * promises. The logical type is passed in rather than read from the vector: with column mapping a struct vector's
 * own type still carries physical names ({@code col-<uuid>}), while the batch schema carries the logical ones.
 */
final class ValueConverter {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private ValueConverter() {
    }

    static Object value(DataType type, ColumnVector vector, int row) {
        if (vector.isNullAt(row)) {
            return null;
        }
        if (type instanceof StructType struct) {
            var fields = new LinkedHashMap<String, Object>();
            for (int i = 0; i < struct.length(); i++) {
                fields.put(struct.at(i).getName(), value(struct.at(i).getDataType(), vector.getChild(i), row));
            }
            return fields;
        }
        if (type instanceof ArrayType array) {
            ArrayValue elements = vector.getArray(row);
            var list = new ArrayList<>(elements.getSize()); // not List.of: elements may be null
            for (int i = 0; i < elements.getSize(); i++) {
                list.add(value(array.getElementType(), elements.getElements(), i));
            }
            return list;
        }
        if (type instanceof MapType map) {
            MapValue entries = vector.getMap(row);
            var result = new LinkedHashMap<Object, Object>();
            for (int i = 0; i < entries.getSize(); i++) {
                result.put(value(map.getKeyType(), entries.getKeys(), i), value(map.getValueType(), entries.getValues(), i));
            }
            return result;
        }
        return primitive(type, vector, row);
    }

    private static Object primitive(DataType type, ColumnVector vector, int row) {
        if (type instanceof BooleanType) {
            return vector.getBoolean(row);
        } else if (type instanceof ByteType) {
            return vector.getByte(row);
        } else if (type instanceof ShortType) {
            return vector.getShort(row);
        } else if (type instanceof IntegerType) {
            return vector.getInt(row);
        } else if (type instanceof LongType) {
            return vector.getLong(row);
        } else if (type instanceof FloatType) {
            return vector.getFloat(row);
        } else if (type instanceof DoubleType) {
            return vector.getDouble(row);
        } else if (type instanceof StringType) {
            return vector.getString(row);
        } else if (type instanceof BinaryType) {
            return vector.getBinary(row);
        } else if (type instanceof DecimalType) {
            return vector.getDecimal(row);
        } else if (type instanceof DateType) {
            return LocalDate.ofEpochDay(vector.getInt(row));
        } else if (type instanceof TimestampType) {
            return instant(vector.getLong(row)); // microseconds since the epoch, UTC
        } else if (type instanceof TimestampNTZType) {
            return LocalDateTime.ofInstant(instant(vector.getLong(row)), ZoneOffset.UTC); // wall-clock time, no zone
        }
        throw new UnsupportedOperationException("values of type " + KernelSchema.typeName(type) + " cannot be shown");
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND),
                Math.floorMod(micros, MICROS_PER_SECOND) * 1_000L);
    }
}
