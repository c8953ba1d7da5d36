package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
import java.time.Instant;

import static org.apache.spark.sql.functions.lit;

/**
 * The rows a step's quarantine rules refused, appended to {@code <target>_quarantine} with the rules they failed,
 * the run and the time. Written BEFORE the target's commit and under the same SetTransaction: a process that dies
 * between the two commits finds, on the rerun, the quarantine's mark ahead of the target's; the step then reads the
 * same source range again ({@link ChangeReader}) and Delta skips the quarantine append it already holds.
 */
final class Quarantine {
    private Quarantine() {
    }

    /**
     * @param rows      the step's input columns and {@code _failed_rules}
     * @param txn       the target write's SetTransaction, or null when the target write has none
     * @return the version the quarantine table reached, or empty when Delta skipped the append
     */
    static TargetWrite.Commit append(SparkSession spark, PipelineTarget quarantine, Dataset<Row> rows, String runId,
                                     Instant at, TargetWrite.Txn txn) {
        Dataset<Row> out = rows.withColumn("_run_id", lit(runId))
                .withColumn("_quarantined_at", lit(Timestamp.from(at)));
        TargetWrite.refuseView(spark, quarantine);
        return TargetWrite.append(spark, quarantine, out, txn, null);
    }
}
