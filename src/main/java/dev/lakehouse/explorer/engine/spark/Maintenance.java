package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.MaintenanceResult;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.RestorePreview;
import dev.lakehouse.explorer.engine.delta.TableRef;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** RESTORE, OPTIMIZE and table properties; results carry the new version and Delta's operation metrics. */
final class Maintenance {
    private final SparkSession spark;
    private final TableFrames frames;

    Maintenance(SparkSession spark, TableFrames frames) {
        this.spark = spark;
        this.frames = frames;
    }

    RestorePreview previewRestore(TableRef table, long version) {
        long current = latest(table).version();
        refuseCurrent(table, version, current);
        Dataset<Row> then = frames.checkedAt(table, version);
        Dataset<Row> now = frames.at(table, current);
        return new RestorePreview(current, version, now.count(), then.count(), SchemaDiffer.diff(now.schema(), then.schema()));
    }

    MaintenanceResult restore(TableRef table, long version) {
        refuseCurrent(table, version, latest(table).version());
        frames.checkedAt(table, version); // a vacuumed version fails here with the readable versions named
        spark.sql("RESTORE TABLE " + DeltaSql.table(table) + " TO VERSION AS OF " + version).collectAsList();
        return committed(table, "RESTORE", null);
    }

    /** Delta commits nothing for a RESTORE to the current version; say so rather than report the last commit. */
    private static void refuseCurrent(TableRef table, long version, long current) {
        if (version == current) {
            throw new InvalidRequestException("Version " + version + " is the current version of " + table
                    + ": RESTORE would change nothing; pick an earlier version");
        }
    }

    MaintenanceResult optimize(TableRef table, List<String> zOrderBy) {
        long before = latest(table).version();
        String sql = "OPTIMIZE " + DeltaSql.table(table);
        if (zOrderBy != null && !zOrderBy.isEmpty()) {
            if (zOrderBy.stream().anyMatch(c -> c == null || c.isBlank())) {
                throw new InvalidRequestException("ZORDER BY needs column names; got " + zOrderBy);
            }
            sql += " ZORDER BY (" + DeltaSql.quoteAll(zOrderBy) + ")";
        }
        Row result = spark.sql(sql).first();
        Latest after = latest(table);
        // Nothing to compact: Delta commits nothing, so its own result row is all there is to report.
        return after.version() > before ? committed(table, "OPTIMIZE", after)
                : new MaintenanceResult("OPTIMIZE", before, flatten(result.getStruct(1)));
    }

    MaintenanceResult enableChangeDataFeed(TableRef table) {
        spark.sql("ALTER TABLE " + DeltaSql.table(table) + " SET TBLPROPERTIES (delta.enableChangeDataFeed = true)");
        return committed(table, "SET TBLPROPERTIES", null);
    }

    private record Latest(long version, String operation, Map<String, String> metrics) {
    }

    private Latest latest(TableRef table) {
        Row r = DeltaTable.forPath(spark, DeltaSql.path(table)).history(1).select("version", "operation", "operationMetrics").first();
        Map<String, String> metrics = r.isNullAt(2) ? Map.of()
                : new TreeMap<>(JavaConverters.mapAsJavaMap(r.<String, String>getMap(2)));
        return new Latest(r.getLong(0), r.getString(1), metrics);
    }

    private MaintenanceResult committed(TableRef table, String operation, Latest known) {
        Latest l = known != null ? known : latest(table);
        return new MaintenanceResult(l.operation() != null ? l.operation() : operation, l.version(), new LinkedHashMap<>(l.metrics()));
    }

    /** A metrics struct as name → text, nested fields dotted (filesAdded.totalSize); nulls left out. */
    static Map<String, String> flatten(Row struct) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", struct, out);
        return out;
    }

    private static void flatten(String prefix, Row struct, Map<String, String> out) {
        StructType type = struct.schema();
        StructField[] fields = type.fields();
        for (int i = 0; i < fields.length; i++) {
            if (struct.isNullAt(i)) {
                continue;
            }
            Object v = struct.get(i);
            if (v instanceof Row nested) {
                flatten(prefix + fields[i].name() + ".", nested, out);
            } else {
                out.put(prefix + fields[i].name(), String.valueOf(v));
            }
        }
    }
}
