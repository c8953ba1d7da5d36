package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.QueryException;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Map;
import java.util.Optional;

/**
 * The append and overwrite commits of a step, and what a commit says about itself. A target the runner creates gets
 * the change data feed on, so that the steps reading it can read only what changed.
 * <p>
 * An existing target is written by its folder, never by {@code saveAsTable}: an overwrite through the catalog
 * replaces the table and loses its properties (the change data feed among them), measured on Delta 3.3.
 */
final class TargetWrite {
    static final String CDF = "delta.enableChangeDataFeed";

    private TargetWrite() {
    }

    /** A SetTransaction for the commit: the step's app id and the source version it read up to. */
    record Txn(String appId, long version) { }

    /** What one commit did: the version it made (empty when Delta skipped it) and its operation metrics. */
    record Commit(Optional<Long> version, Map<String, String> metrics) {
        long metric(String name) {
            String v = metrics.get(name);
            return v == null ? 0 : Long.parseLong(v);
        }
    }

    /** Fails clearly when the target is a view: a step writes a Delta table, never through a view. */
    static void refuseView(SparkSession spark, PipelineTarget target) {
        if (target.isView(spark)) {
            throw new QueryException("Target " + target.text() + " is a view; a step writes a Delta table. Name "
                    + "another target or drop the view.");
        }
    }

    static Commit append(SparkSession spark, PipelineTarget target, Dataset<Row> rows, Txn txn, String note) {
        return write(spark, target, rows, "append", txn, note);
    }

    /** Replaces the target's rows (and schema, if it changed) in one commit. */
    static Commit overwrite(SparkSession spark, PipelineTarget target, Dataset<Row> rows, Txn txn, String note) {
        return write(spark, target, rows, "overwrite", txn, note);
    }

    private static Commit write(SparkSession spark, PipelineTarget target, Dataset<Row> rows, String mode, Txn txn,
                                String note) {
        Optional<Long> before = target.version(spark);
        DataFrameWriter<Row> w = rows.write().format("delta").mode(mode);
        if (mode.equals("overwrite")) {
            w = w.option("overwriteSchema", "true");
        } else {
            w = w.option("mergeSchema", "true"); // a new upstream column reaches the table instead of failing it
        }
        if (txn != null) {
            w = w.option("txnAppId", txn.appId()).option("txnVersion", txn.version());
        }
        if (note != null) {
            w = w.option("userMetadata", note);
        }
        if (before.isEmpty()) {
            target.save(w.option(CDF, "true"), spark, note);
        } else {
            w.save(target.location(spark).orElseThrow());
        }
        return lastCommit(spark, target, before);
    }

    /** The commit a write just made, or an empty version when Delta skipped it (its txn was already recorded). */
    static Commit lastCommit(SparkSession spark, PipelineTarget target, Optional<Long> before) {
        Optional<Long> after = target.version(spark);
        if (after.isEmpty() || after.equals(before)) {
            return new Commit(Optional.empty(), Map.of());
        }
        Row h = io.delta.tables.DeltaTable.forPath(spark, target.location(spark).orElseThrow()).history(1)
                .select("version", "operationMetrics").first();
        Map<String, String> metrics = h.isNullAt(1) ? Map.of()
                : scala.collection.JavaConverters.mapAsJavaMap(h.<scala.collection.Map<String, String>>getAs(1));
        return new Commit(Optional.of(h.getLong(0)), Map.copyOf(metrics));
    }
}
