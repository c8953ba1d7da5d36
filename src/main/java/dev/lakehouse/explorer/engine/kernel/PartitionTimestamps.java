package dev.lakehouse.explorer.engine.kernel;

import io.delta.kernel.data.Row;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.GenericRow;
import io.delta.kernel.internal.util.ColumnMapping;
import io.delta.kernel.internal.util.VectorUtils;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Timestamp partition values, parsed here instead of by Kernel. Kernel 3.3.2 parses them with
 * {@code Timestamp.valueOf} and reads the result as UTC: it fails on the ISO-8601 UTC form Delta 3.3 on Spark writes
 * ({@code 2024-01-31T10:11:12.345678Z}) and shifts the legacy form ({@code 2024-01-31 10:11:12.345678}, written in
 * the session time zone) by the zone's offset. So the scan file handed to Kernel carries null for these columns,
 * and the rows get the values parsed the way Delta on Spark reads them: an offset or {@code Z} is an instant, a
 * value without one is local time in the JVM's zone (the session zone of the embedded Spark), and a
 * {@code timestamp_ntz} value is a local date-time as written.
 */
final class PartitionTimestamps {
    /** A timestamp partition column: its logical name, the key of its values in the log, and whether it is NTZ. */
    private record Partition(String name, String key, boolean ntz) {
    }

    /** The scan file to hand to Kernel, and the parsed values by logical column name. */
    record Prepared(Row scanFile, Map<String, Object> values) {
    }

    private final List<Partition> partitions;
    private final ZoneId zone;

    private PartitionTimestamps(List<Partition> partitions, ZoneId zone) {
        this.partitions = partitions;
        this.zone = zone;
    }

    /** The timestamp partition columns among {@code readSchema}'s fields. */
    static PartitionTimestamps of(StructType readSchema, List<String> partitionColumns, ZoneId zone) {
        List<Partition> found = readSchema.fields().stream()
                .filter(f -> isTimestamp(f.getDataType()))
                .filter(f -> partitionColumns.stream().anyMatch(p -> p.equalsIgnoreCase(f.getName())))
                .map(f -> new Partition(f.getName(), ColumnMapping.getPhysicalName(f),
                        f.getDataType() instanceof TimestampNTZType))
                .toList();
        return new PartitionTimestamps(found, zone);
    }

    private static boolean isTimestamp(DataType type) {
        return type instanceof TimestampType || type instanceof TimestampNTZType;
    }

    Prepared prepare(Row scanFile) {
        if (partitions.isEmpty()) {
            return new Prepared(scanFile, Map.of());
        }
        Map<String, String> logged = InternalScanFileUtils.getPartitionValues(scanFile);
        var kept = new HashMap<>(logged);
        var values = new HashMap<String, Object>();
        for (Partition p : partitions) {
            String key = logged.keySet().stream().filter(k -> k.equalsIgnoreCase(p.key())).findFirst().orElse(null);
            String text = key == null ? null : logged.get(key);
            if (text != null && !text.isEmpty()) {
                values.put(p.name(), parse(text, p.ntz()));
                kept.put(key, null);
            }
        }
        return values.isEmpty() ? new Prepared(scanFile, Map.of())
                : new Prepared(withPartitionValues(scanFile, kept), values);
    }

    /** One partition value as Delta on Spark reads it; a value in neither form fails with a message naming it. */
    Object parse(String text, boolean ntz) {
        String iso = text.trim().replace(' ', 'T');
        try {
            if (ntz) {
                return LocalDateTime.parse(iso);
            }
            try {
                return OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(iso).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("partition value '" + text + "' is not a timestamp", e);
        }
    }

    private static Row withPartitionValues(Row scanFile, Map<String, String> partitionValues) {
        int addOrdinal = InternalScanFileUtils.ADD_FILE_ORDINAL;
        Row add = scanFile.getStruct(addOrdinal);
        int valuesOrdinal = add.getSchema().indexOf("partitionValues");
        Map<Integer, Object> addFields = copy(add);
        addFields.put(valuesOrdinal, VectorUtils.stringStringMapValue(partitionValues));
        Map<Integer, Object> fileFields = copy(scanFile);
        fileFields.put(addOrdinal, new GenericRow(add.getSchema(), addFields));
        return new GenericRow(scanFile.getSchema(), fileFields);
    }

    /** The top-level values of a scan-file row (only the types its schema uses). */
    private static Map<Integer, Object> copy(Row row) {
        var fields = new HashMap<Integer, Object>();
        StructType schema = row.getSchema();
        for (int i = 0; i < schema.length(); i++) {
            if (!row.isNullAt(i)) {
                fields.put(i, value(row, i, schema.at(i)));
            }
        }
        return fields;
    }

    private static Object value(Row row, int i, StructField field) {
        DataType type = field.getDataType();
        if (type instanceof StringType) {
            return row.getString(i);
        } else if (type instanceof LongType) {
            return row.getLong(i);
        } else if (type instanceof IntegerType) {
            return row.getInt(i);
        } else if (type instanceof BooleanType) {
            return row.getBoolean(i);
        } else if (type instanceof MapType) {
            return row.getMap(i);
        } else if (type instanceof StructType) {
            return row.getStruct(i);
        }
        throw new IllegalStateException("unexpected scan-file field " + field.getName() + ": " + type);
    }
}
