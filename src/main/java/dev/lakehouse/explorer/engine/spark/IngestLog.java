package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which files a bronze step has ingested into its target. The truth is the target's own log: each bronze commit
 * lists its files in its user metadata ({@link IngestCommit}), in the same atomic commit as their rows. A crash
 * after the commit loses nothing (the files are in the commit); a crash before it leaves no trace (nothing was
 * committed). {@code system.pipeline_files} keeps a copy, one row per file, that survives the log's cleanup of old
 * commits; it is reconciled from the log at every run (a commit whose copy a crash cut off is copied then). Rows
 * are keyed by the Delta table id, so a target dropped and created again starts with no files.
 */
final class IngestLog {
    static final String TABLE = "`system`.`pipeline_files`";
    private static final StructType SCHEMA = StructType.fromDDL("pipeline STRING, step STRING, target STRING, "
            + "table_id STRING, batch BIGINT, version BIGINT, file STRING, run_id STRING, recorded_at TIMESTAMP");
    private final SparkSession spark;
    private final String pipeline;
    private final String step;
    private final PipelineTarget target;

    IngestLog(SparkSession spark, String pipeline, String step, PipelineTarget target) {
        this.spark = spark;
        this.pipeline = pipeline;
        this.step = step;
        this.target = target;
    }

    /** The files ingested before: the log's commits and the copy, after copying what the copy misses. */
    Set<String> ingested() {
        Set<String> files = new LinkedHashSet<>();
        String tableId = tableId();
        if (tableId == null) {
            return files;
        }
        List<Copied> copied = copied(tableId);
        copied.forEach(c -> files.add(c.file()));
        List<Committed> commits = commits();
        commits.forEach(c -> files.addAll(c.note().files()));
        copyMissing(tableId, commits, copied);
        return files;
    }

    /** After a commit: copies its file list (and any other the copy misses) into system.pipeline_files. */
    void reconcile() {
        String tableId = tableId();
        if (tableId != null) {
            copyMissing(tableId, commits(), copied(tableId));
        }
    }

    private void copyMissing(String tableId, List<Committed> commits, List<Copied> copied) {
        Set<Long> batches = new HashSet<>();
        copied.forEach(c -> batches.add(c.batch()));
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> rows = new ArrayList<>();
        for (Committed c : commits) {
            if (!batches.contains(c.note().batch())) {
                for (String f : c.note().files()) {
                    rows.add(RowFactory.create(pipeline, step, target.text(), tableId, c.note().batch(), c.version(),
                            f, c.note().runId(), now));
                }
            }
        }
        if (!rows.isEmpty()) {
            ensureTable();
            spark.createDataFrame(rows, SCHEMA).write().mode("append").insertInto(TABLE);
        }
    }

    private List<Committed> commits() {
        List<Committed> out = new ArrayList<>();
        for (PipelineTarget.CommitNote n : target.commitNotes(spark)) {
            IngestCommit.parse(n.userMetadata()).filter(c -> c.isOf(pipeline, step))
                    .ifPresent(c -> out.add(new Committed(n.version(), c)));
        }
        return out;
    }

    private List<Copied> copied(String tableId) {
        if (!spark.catalog().tableExists("system", "pipeline_files")) {
            return List.of();
        }
        Dataset<Row> rows = spark.table(TABLE).where(
                "pipeline = " + DeltaSql.literal(pipeline) + " AND step = " + DeltaSql.literal(step)
                        + " AND table_id = " + DeltaSql.literal(tableId)).select("batch", "file");
        List<Copied> out = new ArrayList<>();
        for (Row r : rows.collectAsList()) {
            out.add(new Copied(r.getLong(0), r.getString(1)));
        }
        return out;
    }

    private void ensureTable() {
        spark.sql("CREATE SCHEMA IF NOT EXISTS `system`");
        spark.sql("CREATE TABLE IF NOT EXISTS " + TABLE + " (" + SCHEMA.toDDL() + ") USING delta");
    }

    private String tableId() {
        return target.snapshot(spark).map(s -> s.metadata().id()).orElse(null);
    }

    private record Committed(long version, IngestCommit note) { }

    private record Copied(long batch, String file) { }
}
