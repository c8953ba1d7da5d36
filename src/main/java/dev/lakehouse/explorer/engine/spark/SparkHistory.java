package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.collection.JavaConverters;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Delta's own DESCRIBE HISTORY as {@link TableVersion}s, and the MERGE keys it records. */
final class SparkHistory {
    private SparkHistory() {
    }

    /**
     * Newest first. Spark's history cannot tell whether a version is still readable, so readability comes from the
     * Kernel reader's check of the log and data files; versions it cannot judge count as readable.
     */
    static List<TableVersion> history(SparkSession spark, TableRef table, TableReader reader, Integer limit) {
        DeltaTable delta = DeltaTable.forPath(spark, DeltaSql.path(table));
        var df = limit == null ? delta.history() : delta.history(limit);
        Map<Long, TableVersion> kernel = kernelHistory(table, reader);
        return df.select("version", "timestamp", "operation", "operationParameters", "operationMetrics", "userName",
                        "engineInfo")
                .collectAsList().stream()
                .map(r -> version(r, kernel.get(r.getLong(0))))
                .sorted((a, b) -> Long.compare(b.version(), a.version()))
                .toList();
    }

    /** The key columns of the newest MERGE, matched against the latest schema; empty when there was no MERGE. */
    static List<String> suggestedKey(SparkSession spark, TableRef table, List<TableVersion> history) {
        List<String> columns = Arrays.asList(spark.read().format("delta").load(DeltaSql.path(table)).columns());
        for (TableVersion v : history) { // newest first
            if (v.operation().equals("MERGE")) {
                List<String> keys = MergeKeys.parse(v.operationParameters().get("predicate"), columns);
                if (!keys.isEmpty()) {
                    return keys;
                }
            }
        }
        return List.of();
    }

    private static TableVersion version(Row r, TableVersion kernel) {
        Object ts = r.get(1);
        Instant at = ts instanceof Instant i ? i : ts instanceof java.sql.Timestamp t ? t.toInstant() : null;
        boolean readable = kernel == null || kernel.readable();
        return new TableVersion(r.getLong(0), at, r.getString(2), stringMap(r, 3), stringMap(r, 4),
                r.isNullAt(5) ? null : r.getString(5), r.isNullAt(6) ? null : r.getString(6), readable,
                readable ? null : kernel.notReadableReason());
    }

    private static Map<String, String> stringMap(Row r, int i) {
        if (r.isNullAt(i)) {
            return Map.of();
        }
        Map<String, String> m = new TreeMap<>(JavaConverters.mapAsJavaMap(r.<String, String>getMap(i)));
        return new LinkedHashMap<>(m);
    }

    private static Map<Long, TableVersion> kernelHistory(TableRef table, TableReader reader) {
        Map<Long, TableVersion> byVersion = new HashMap<>();
        if (reader == null) {
            return byVersion; // a remote table: no compute-free readability check
        }
        try {
            reader.history(table).forEach(v -> byVersion.put(v.version(), v));
        } catch (EngineException | IllegalStateException e) {
            // Spark read the history, so the table is there; readability stays unknown (shown as readable)
        }
        return byVersion;
    }
}
