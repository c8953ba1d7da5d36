package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.PipelineException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/**
 * Reads back what a commit did from its commitInfo, instead of counting the rows in a second job: the row count of
 * a write is {@code operationMetrics.numOutputRows} of its own commit.
 */
final class CommitMetrics {
    private final SparkSession spark;
    private final PipelineTarget target;

    CommitMetrics(SparkSession spark, PipelineTarget target) {
        this.spark = spark;
        this.target = target;
    }

    /** Rows the commit at {@code version} wrote; it must be the commit of {@code note} (else Delta skipped it). */
    long outputRows(long version, IngestCommit note) {
        String loc = target.location(spark).orElseThrow();
        List<Row> rows = io.delta.tables.DeltaTable.forPath(spark, loc).history(1)
                .select("version", "userMetadata", "operationMetrics").collectAsList();
        Row r = rows.get(0);
        String mine = note.toJson();
        if (r.getLong(0) != version || !mine.equals(r.getString(1))) {
            throw new PipelineException("the commit of batch " + note.batch() + " on " + target
                    + " did not happen: another writer committed version " + r.getLong(0));
        }
        scala.collection.Map<String, String> metrics = r.getMap(2);
        scala.Option<String> n = metrics.get("numOutputRows");
        return n.isDefined() ? Long.parseLong(n.get()) : 0L;
    }
}
