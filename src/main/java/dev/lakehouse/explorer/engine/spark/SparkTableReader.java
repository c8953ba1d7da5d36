package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.actions.Metadata;
import org.apache.spark.sql.delta.actions.Protocol;
import scala.Option;
import scala.collection.JavaConverters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The {@link TableReader} of tables on remote storage ({@code wasb://}, {@code abfss://}): the same answers as the
 * compute-free reader gives for local folders, read through Spark and Delta's log (the Kernel reader's history
 * and readability checks list local folders). Every version Delta still lists counts as readable: telling a
 * vacuumed one would mean listing every data file of every version on the remote store.
 */
final class SparkTableReader implements TableReader {
    private final Supplier<SparkSession> session;
    private final Supplier<SparkJobs> jobs;
    private final StorageSettings storage;

    SparkTableReader(Supplier<SparkSession> session, Supplier<SparkJobs> jobs, StorageSettings storage) {
        this.session = session;
        this.jobs = jobs;
        this.storage = storage;
    }

    @Override
    public List<TableVersion> history(TableRef table) {
        return run(table, "Reading the history of " + table, spark -> SparkHistory.history(spark, table, null, null));
    }

    @Override
    public TableDetail detail(TableRef table, Long version) {
        return run(table, "Reading the details of " + table, spark -> {
            Snapshot s = snapshot(spark, table, version);
            Metadata m = s.metadata();
            Protocol p = s.protocol();
            TreeSet<String> features = new TreeSet<>();
            if (p.readerFeatures().isDefined()) {
                features.addAll(JavaConverters.setAsJavaSet(p.readerFeatures().get()));
            }
            if (p.writerFeatures().isDefined()) {
                features.addAll(JavaConverters.setAsJavaSet(p.writerFeatures().get()));
            }
            Instant created = m.createdTime().isDefined() ? Instant.ofEpochMilli((Long) m.createdTime().get()) : null;
            return new TableDetail(table.sparkPath(), "delta", s.version(), s.sizeInBytes(), s.numOfFiles(),
                    JavaConverters.seqAsJavaList(m.partitionColumns()), p.minReaderVersion(), p.minWriterVersion(),
                    new ArrayList<>(features), JavaConverters.mapAsJavaMap(m.configuration()), created,
                    Instant.ofEpochMilli(s.timestamp()), m.id(), orNull(m.name()), orNull(m.description()));
        });
    }

    @Override
    public TableSchema schema(TableRef table, Long version) {
        return run(table, "Reading the schema of " + table, spark -> {
            Snapshot s = snapshot(spark, table, version);
            return SparkSchema.schema(s.schema(), JavaConverters.seqAsJavaList(s.metadata().partitionColumns()));
        });
    }

    @Override
    public ResultPage firstRows(TableRef table, Long version, int limit) {
        if (limit < 0) {
            throw new InvalidRequestException("The row limit must not be negative: " + limit);
        }
        return run(table, "Reading the first rows of " + table, spark -> {
            Dataset<Row> df = frame(spark, table, version);
            List<Row> rows = df.limit(limit + 1).collectAsList();
            List<List<Object>> values = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, rows.size()); i++) {
                values.add(RowValues.values(rows.get(i), df.schema()));
            }
            return new ResultPage(RowValues.columns(df.schema()), values, rows.size() > limit);
        });
    }

    @Override
    public long rowCount(TableRef table, Long version) {
        return run(table, "Counting the rows of " + table, spark -> frame(spark, table, version).count());
    }

    @Override
    public long latestVersion(TableRef table) {
        return run(table, "Reading the log of " + table, spark -> snapshot(spark, table, null).version());
    }

    @Override
    public Long versionAt(TableRef table, Instant timestamp) {
        List<TableVersion> history = history(table); // newest first
        for (TableVersion v : history) {
            if (v.timestamp() != null && !v.timestamp().isAfter(timestamp)) {
                return v.version();
            }
        }
        TableVersion oldest = history.get(history.size() - 1);
        throw new TableReadException(timestamp + " is before the oldest kept commit of " + table + " (version "
                + oldest.version() + " at " + oldest.timestamp() + ")");
    }

    private static Snapshot snapshot(SparkSession spark, TableRef table, Long version) {
        DeltaLog log = DeltaLog.forTable(spark, table.sparkPath());
        Snapshot latest = log.update(false, Option.empty(), Option.empty());
        if (latest.version() < 0) {
            throw new TableReadException(table + " is not a Delta table (no _delta_log with commits)");
        }
        if (version == null || version == latest.version()) {
            return latest;
        }
        if (version < 0 || version > latest.version()) {
            throw new TableReadException("Version " + version + " of " + table + " does not exist: versions go up to "
                    + latest.version());
        }
        return log.getSnapshotAt(version, Option.empty(), Option.empty());
    }

    private static Dataset<Row> frame(SparkSession spark, TableRef table, Long version) {
        var reader = spark.read().format("delta");
        if (version != null) {
            reader = reader.option("versionAsOf", version);
        }
        return reader.load(table.sparkPath());
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private <T> T run(TableRef table, String title, java.util.function.Function<SparkSession, T> read) {
        if (!table.isRemote()) {
            throw new IllegalArgumentException("SparkTableReader reads remote tables only: " + table);
        }
        SparkSession spark = session.get();
        storage.prepare(spark, table.sparkPath());
        SparkSession.setActiveSession(spark);
        try {
            return jobs.get().run(JobContext.silent(title), () -> read.apply(spark));
        } catch (TableReadException | InvalidRequestException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TableReadException(SparkErrors.map(e).getMessage(), e);
        }
    }
}
