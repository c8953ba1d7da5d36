package dev.lakehouse.explorer.engine;

import dev.lakehouse.explorer.engine.catalog.CatalogService;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.StorageService;
import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.TableLocator;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.jobs.JobService;
import dev.lakehouse.explorer.engine.logging.LogFeed;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.samples.SampleService;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.sql.SqlService;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The lakehouse engine as the UI and the command line see it: a lifecycle plus the services that run on it.
 * Service calls are synchronous; callers own threading. A call made while the engine is starting waits for it.
 */
public interface Engine extends AutoCloseable {

    EngineInfo info();

    EngineStatus status();

    /** Registers a listener for lifecycle changes; it is called at once with the current status. */
    void onStatusChange(Consumer<EngineStatus> listener);

    /** Starts the engine in the background and returns at once. Does nothing unless the engine is STOPPED. */
    void startAsync();

    /**
     * Blocks until the engine is READY.
     *
     * @throws EngineUnavailableException if it failed, was stopped, or did not become ready within the timeout
     */
    void awaitReady(Duration timeout);

    SqlService sql();

    CatalogService catalog();

    SampleService samples();

    /** Compute-free reads of Delta tables (Delta Kernel): history, details, schema, first rows at any version. */
    TableReader tables();

    /** Resolves metastore names and folder paths to tables, without Spark. */
    TableLocator locator();

    /** What needs Spark on a Delta table: sorted/filtered pages, counts, export, diffs, maintenance. */
    DeltaTableService delta();

    JobService jobs();

    /** Secret scopes: local encrypted files and Key Vaults; values only when used, never shown. */
    SecretService secrets();

    /** Saved storage connections (ADLS Gen2, Blob, Azurite, local folders): add, test, export, import. */
    ConnectionService connections();

    /** The storage browser: list, upload and download through the saved connections. */
    StorageService storage();

    /** Medallion pipelines: check and run specs, read past runs' reports. */
    PipelineService pipelines();

    LogFeed logs();

    /**
     * The redactor every log sink goes through. Whatever the app writes to disk beside the log (the query
     * history) masks secrets with it too, and features that load secrets register them here.
     */
    SecretRedactor redactor();

    /** Stops Spark and releases the workspace. Safe to call more than once. */
    @Override
    void close();
}
