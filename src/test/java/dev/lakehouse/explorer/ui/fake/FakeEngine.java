package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.StorageService;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.EngineInfo;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.EngineUnavailableException;
import dev.lakehouse.explorer.engine.catalog.CatalogService;
import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.TableLocator;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.jobs.JobService;
import dev.lakehouse.explorer.engine.logging.LogFeed;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.samples.SampleService;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.SqlService;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An engine for UI tests: an in-memory lakehouse behind the real service interfaces (Delta tables included: a
 * compute-free reader, a locator and the Spark-side Delta service over the same in-memory versions), and a
 * lifecycle the test drives with {@link #setState}. {@link #startAsync()} goes to STARTING; {@link #becomeReady()}
 * finishes the start.
 */
public final class FakeEngine implements Engine {
    public final FakeLakehouse lake = new FakeLakehouse();
    public final FakeSqlService sql = new FakeSqlService(lake);
    public final FakeCatalogService catalog = new FakeCatalogService(lake);
    public final FakeSampleService samples = new FakeSampleService(lake);
    public final FakeLogFeed logs = new FakeLogFeed();
    public final FakeTableReader reader = new FakeTableReader();
    public final FakeDeltaTableService deltaService = new FakeDeltaTableService(reader, sql);
    /** What {@link #tables()} returns: the fake reader, or a real one a test puts here. */
    public volatile TableReader tables = reader;
    /** What {@link #delta()} returns; null plays an engine build without the Delta service. */
    public volatile DeltaTableService delta = deltaService;
    /** What {@link #locator()} returns; null plays an engine build without a locator. */
    public volatile TableLocator locator = new FakeTableLocator(lake, reader);
    public final List<String> cancelledJobs = new CopyOnWriteArrayList<>();
    public final SecretRedactor redactor = new SecretRedactor();
    /** Where the window keeps its state (query history); tests that write there set a temporary folder. */
    public volatile Path workspace = Path.of("/tmp/lakehouse-test");
    /** Connection services for panels that use them; tests of other panels leave them unset. */
    public volatile SecretService secrets;
    /** set by tests of the Medallion panel; null otherwise */
    public volatile PipelineService pipelines;
    public volatile ConnectionService connections;
    public volatile StorageService storage;
    private final List<Consumer<EngineStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile EngineStatus status = EngineStatus.of(EngineState.STOPPED);
    public volatile boolean closed;

    public static FakeEngine ready() {
        var engine = new FakeEngine();
        engine.setState(EngineState.READY);
        return engine;
    }

    public void setState(EngineState state) {
        setStatus(EngineStatus.of(state));
    }

    public void setStatus(EngineStatus next) {
        status = next;
        listeners.forEach(l -> l.accept(next));
    }

    public void becomeReady() {
        setState(EngineState.READY);
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo("0.1.0", "3.5.9", "3.3.3", "local[2]", workspace);
    }

    @Override
    public EngineStatus status() {
        return status;
    }

    @Override
    public void onStatusChange(Consumer<EngineStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    @Override
    public void startAsync() {
        if (status.state() == EngineState.STOPPED) {
            setState(EngineState.STARTING);
        }
    }

    @Override
    public void awaitReady(Duration timeout) {
        if (status.state() != EngineState.READY) {
            throw new EngineUnavailableException("The engine is not ready: " + status.message());
        }
    }

    @Override
    public SqlService sql() {
        return sql;
    }

    @Override
    public CatalogService catalog() {
        return catalog;
    }

    @Override
    public SampleService samples() {
        return samples;
    }

    /**
     * A Delta table registered in the catalog as {@code schema.name}, at {@code /warehouse/schema.db/name}, with a
     * first commit of these columns and rows; further commits through the returned table.
     */
    public FakeDeltaTable deltaTable(String schema, String name, List<Column> columns, List<List<Object>> rows) {
        lake.put(schema, name, columns, rows);
        return reader.create(Path.of("/warehouse", schema + ".db", name)).commit("CREATE TABLE", columns, rows);
    }

    @Override
    public TableReader tables() {
        return tables;
    }

    @Override
    public TableLocator locator() {
        return locator;
    }

    @Override
    public DeltaTableService delta() {
        return delta;
    }

    @Override
    public JobService jobs() {
        return jobId -> {
            cancelledJobs.add(jobId);
            sql.cancel(jobId);
        };
    }

    @Override
    public PipelineService pipelines() {
        return pipelines;
    }

    @Override
    public SecretService secrets() {
        return secrets;
    }

    @Override
    public ConnectionService connections() {
        return connections;
    }

    @Override
    public StorageService storage() {
        return storage;
    }

    @Override
    public LogFeed logs() {
        return logs;
    }

    @Override
    public SecretRedactor redactor() {
        return redactor;
    }

    @Override
    public void close() {
        closed = true;
        setState(EngineState.STOPPED);
    }
}
