package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.delta.VersionDiff;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link DeltaTableService} on the Spark session: a thin front that checks requests, runs each call under the
 * caller's job group ({@link SparkJobs#run}) and hands the work to one class per concern.
 */
final class SparkDeltaTableService implements DeltaTableService {
    private final Supplier<SparkSession> session;
    private final Supplier<SparkJobs> jobs;
    private final Cursors cursors;
    private final TableReader reader;
    private final VersionGuard guard;
    private final TableFrames frames;
    private final StorageSettings storage;

    SparkDeltaTableService(Supplier<SparkSession> session, Supplier<SparkJobs> jobs, Cursors cursors, TableReader reader,
                           StorageSettings storage) {
        this.storage = storage;
        this.session = session;
        this.jobs = jobs;
        this.cursors = cursors;
        this.reader = reader;
        this.guard = new VersionGuard(reader);
        this.frames = new TableFrames(session, guard);
    }

    @Override
    public QueryResult rows(TableRef table, TableQuery query, int pageSize, JobContext ctx) {
        long start = System.nanoTime();
        return run(table, ctx, () -> {
            TableFrames.Frame f = frames.query(table, query, true);
            return cursors.openPaged(f.rows(), f.statement(), pageSize, start);
        });
    }

    @Override
    public long count(TableRef table, TableQuery query, JobContext ctx) {
        return run(table, ctx, () -> frames.query(table, query).rows().count());
    }

    @Override
    public ExportResult export(TableRef table, TableQuery query, Path target, ExportFormat format, JobContext ctx) {
        if (target == null || format == null) {
            throw new InvalidRequestException("An export needs a target file and a format (CSV or PARQUET).");
        }
        TableExport.checkTarget(target); // before Spark starts, so a typo fails at once
        return run(table, ctx, () -> TableExport.write(session.get(), frames.query(table, query).rows(), target, format));
    }

    @Override
    public List<TableVersion> history(TableRef table, JobContext ctx) {
        return run(table, ctx, () -> SparkHistory.history(session.get(), table, reader, null));
    }

    @Override
    public List<String> suggestedKey(TableRef table, JobContext ctx) {
        return run(table, ctx, () -> SparkHistory.suggestedKey(session.get(), table,
                SparkHistory.history(session.get(), table, reader, null)));
    }

    @Override
    public VersionDiff diff(TableRef table, long fromVersion, long toVersion, DiffOptions options, JobContext ctx) {
        DiffOptions o = options != null ? options : new DiffOptions(List.of(), false, 0);
        if (o.includeRows() && o.rowLimit() < 0) {
            throw new InvalidRequestException("The row limit must not be negative: " + o.rowLimit());
        }
        return run(table, ctx, () -> new VersionDiffer(session.get(), frames).diff(table, fromVersion, toVersion, o));
    }

    @Override
    public RestorePreview previewRestore(TableRef table, long version, JobContext ctx) {
        return run(table, ctx, () -> maintenance().previewRestore(table, version));
    }

    @Override
    public MaintenanceResult restore(TableRef table, long version, JobContext ctx) {
        return run(table, ctx, () -> maintenance().restore(table, version));
    }

    @Override
    public VacuumPlan planVacuum(TableRef table, Double retainHours, JobContext ctx) {
        return run(table, ctx, () -> new VacuumPlanner(session.get(), guard).plan(table, retainHours));
    }

    @Override
    public VacuumPlan vacuum(TableRef table, Double retainHours, JobContext ctx) {
        return run(table, ctx, () -> new VacuumPlanner(session.get(), guard).vacuum(table, retainHours));
    }

    @Override
    public MaintenanceResult optimize(TableRef table, List<String> zOrderBy, JobContext ctx) {
        return run(table, ctx, () -> maintenance().optimize(table, zOrderBy == null ? List.of() : zOrderBy));
    }

    @Override
    public MaintenanceResult enableChangeDataFeed(TableRef table, JobContext ctx) {
        return run(table, ctx, () -> maintenance().enableChangeDataFeed(table));
    }

    private Maintenance maintenance() {
        return new Maintenance(session.get(), frames);
    }

    /**
     * Spark work under the caller's job group; the session is awaited first (outside the group). The session is
     * made the calling thread's active one: Delta reads settings through {@code SQLConf.get}, which on a thread
     * without an active session (any UI worker) gives Spark's defaults instead of this session's — then, e.g.,
     * column mapping by id fails for want of {@code spark.sql.parquet.fieldId.read.enabled}.
     */
    private <T> T run(TableRef table, JobContext ctx, Supplier<T> work) {
        SparkJobs j = jobs.get();
        SparkSession.setActiveSession(session.get());
        storage.prepare(session.get(), table.sparkPath());
        return j.run(ctx, work);
    }
}
