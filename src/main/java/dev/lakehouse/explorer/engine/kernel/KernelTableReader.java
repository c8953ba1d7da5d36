package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import org.apache.hadoop.conf.Configuration;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link TableReader} on Delta Kernel: reads the log and the Parquet files in this process, with no Spark session
 * (no Spark class is loaded), so the app can browse tables before Spark is ready or without it.
 * <p>
 * History comes from the commit files directly ({@link KernelHistory}); everything else from a Kernel snapshot of
 * the version ({@link KernelSnapshots}). Nothing is cached between calls: a table may change under the app, and a
 * warm call costs tens of milliseconds. Safe to use from several threads.
 */
public final class KernelTableReader implements TableReader {
    private final Engine engine;
    private final KernelSnapshots snapshots;
    private final KernelRows rows;

    /** A reader on Kernel's default engine (Hadoop's local file system, Kernel's Parquet and JSON readers). */
    public KernelTableReader() {
        this(DefaultEngine.create(new Configuration()));
    }

    KernelTableReader(Engine engine) {
        this.engine = engine;
        this.snapshots = new KernelSnapshots(engine);
        this.rows = new KernelRows(engine);
    }

    @Override
    public List<TableVersion> history(TableRef table) {
        return guarded(table, null, () -> KernelHistory.history(table));
    }

    @Override
    public TableDetail detail(TableRef table, Long version) {
        return guarded(table, version, () -> {
            KernelSnapshots.Opened opened = snapshots.open(table, version);
            return KernelDetail.detail(engine, opened, committedAt(opened));
        });
    }

    @Override
    public TableSchema schema(TableRef table, Long version) {
        return guarded(table, version, () -> {
            KernelSnapshots.Opened opened = snapshots.open(table, version);
            return KernelSchema.schema(opened.snapshot().getSchema(engine),
                    opened.snapshot().getPartitionColumnNames(engine));
        });
    }

    @Override
    public ResultPage firstRows(TableRef table, Long version, int limit) {
        if (limit < 0) {
            throw new InvalidRequestException("The row limit must not be negative: " + limit);
        }
        return guarded(table, version, () -> rows.firstRows(openWholeVersion(table, version), limit));
    }

    @Override
    public long rowCount(TableRef table, Long version) {
        return guarded(table, version, () -> rows.count(openWholeVersion(table, version)));
    }

    @Override
    public long latestVersion(TableRef table) {
        return guarded(table, null, () -> LogListing.read(table).latest());
    }

    @Override
    public Long versionAt(TableRef table, Instant timestamp) {
        return guarded(table, null, () -> KernelHistory.versionAt(table, timestamp));
    }

    /** Opens a version for reading rows, refusing an older one some of whose data files VACUUM removed. */
    private KernelSnapshots.Opened openWholeVersion(TableRef table, Long version) {
        KernelSnapshots.Opened opened = snapshots.open(table, version);
        if (!opened.isLatest()) {
            List<String> missing = ScanFiles.summarize(engine, opened, true).missing();
            if (!missing.isEmpty()) {
                throw vacuumed(opened, missing.size());
            }
        }
        return opened;
    }

    /** Names the readable versions too: the newest run of readable versions the history shows. */
    private static TableReadException vacuumed(KernelSnapshots.Opened opened, int missing) {
        String message = "Version " + opened.version() + " of " + opened.table() + " cannot be read: "
                + (missing == 1 ? "one of its data files was" : missing + " of its data files were") + " removed by VACUUM";
        List<TableVersion> history = KernelHistory.history(opened.table());
        long newest = -1;
        long oldest = -1;
        for (TableVersion v : history) { // newest first
            if (!v.readable()) {
                if (newest >= 0) {
                    break;
                }
                continue;
            }
            newest = newest < 0 ? v.version() : newest;
            oldest = v.version();
        }
        return new TableReadException(newest < 0 ? message : message + "; " + LogListing.rangeCanBeRead(oldest, newest));
    }

    /** The version's commit time on the history's clock; Kernel's snapshot time when its commit file is gone. */
    private Instant committedAt(KernelSnapshots.Opened opened) {
        Path commit = opened.listing().commits().get(opened.version());
        return commit != null ? CommitFileReader.timestamp(commit) : Instant.ofEpochMilli(opened.snapshot().getTimestamp(engine));
    }

    /** Runs a read, turning whatever Kernel, Hadoop or the file system throws into a one-line message. */
    private static <T> T guarded(TableRef table, Long version, Supplier<T> read) {
        try {
            return read.get();
        } catch (TableReadException | InvalidRequestException e) {
            throw e;
        } catch (RuntimeException e) {
            throw KernelErrors.map(table, version, e);
        }
    }
}
