package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.EngineInfo;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.EngineUnavailableException;
import dev.lakehouse.explorer.engine.MasterUrl;
import dev.lakehouse.explorer.engine.Versions;
import dev.lakehouse.explorer.engine.catalog.CatalogService;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.Connectivity;
import dev.lakehouse.explorer.engine.connections.StorageService;
import dev.lakehouse.explorer.engine.delta.RoutingTableReader;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.TableLocator;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.kernel.KernelTableReader;
import dev.lakehouse.explorer.engine.jobs.JobService;
import dev.lakehouse.explorer.engine.logging.InMemoryLogFeed;
import dev.lakehouse.explorer.engine.logging.Log4jBridge;
import dev.lakehouse.explorer.engine.logging.LogFeed;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.metastore.MetastoreTableLocator;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.samples.SampleService;
import dev.lakehouse.explorer.engine.sql.SqlService;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import dev.lakehouse.explorer.engine.workspace.WorkspaceLock;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The embedded lakehouse: owns the one SparkSession, its lifecycle and the workspace lock. Construction takes the
 * lock and is cheap; {@link #startAsync()} starts Spark on a background thread so a window can show first.
 */
public final class SparkEngine implements Engine {
    private static final Logger LOG = LogManager.getLogger(SparkEngine.class);
    static final List<String> MEDALLION_SCHEMAS = List.of("bronze", "silver", "gold");

    private final Workspace workspace;
    private final MasterUrl master;
    private final WorkspaceLock lock;
    private final SecretRedactor redactor;
    private final InMemoryLogFeed logFeed = new InMemoryLogFeed(5_000);
    private final Log4jBridge logBridge;
    private final List<Consumer<EngineStatus>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch settled = new CountDownLatch(1);
    private final SparkSqlService sql;
    private final SparkCatalogService catalog;
    private final SparkSampleService samples;
    private final Connectivity connectivity;
    private final StorageSettings storageSettings;
    private final TableReader tableReader;
    private final TableLocator locator;
    private final DeltaTableService delta;
    private final SparkPipelineService pipelines;
    private volatile EngineStatus status = EngineStatus.of(EngineState.STOPPED);
    private volatile SparkSession spark;
    private volatile SparkJobs jobs;
    private boolean closed;

    /**
     * Opens the workspace (creating it if needed) and locks it.
     *
     * @param verboseConsole where to echo log events, or null to keep the console quiet
     * @throws dev.lakehouse.explorer.engine.WorkspaceException if the workspace cannot be used
     */
    public SparkEngine(Workspace workspace, MasterUrl master, SecretRedactor redactor, PrintStream verboseConsole,
                       Connectivity connectivity) {
        this.connectivity = java.util.Objects.requireNonNull(connectivity, "connectivity");
        this.storageSettings = new StorageSettings(connectivity.connections());
        this.tableReader = new RoutingTableReader(new KernelTableReader(),
                new SparkTableReader(this::session, this::jobsReady, storageSettings));
        this.workspace = workspace;
        this.master = master;
        this.redactor = redactor;
        this.lock = WorkspaceLock.acquire(workspace);
        this.logBridge = Log4jBridge.install(workspace.logFile(), redactor, logFeed, verboseConsole);
        // one registry: nextPage continues SQL and table pages alike
        Cursors cursors = new Cursors(this::jobsReady, redactor);
        this.sql = new SparkSqlService(this::session, this::jobsReady, cursors, storageSettings);
        this.delta = new SparkDeltaTableService(this::session, this::jobsReady, cursors, tableReader, storageSettings);
        this.locator = new MetastoreTableLocator(workspace);
        this.catalog = new SparkCatalogService(this::session);
        this.samples = new SparkSampleService(workspace, this::session, this::jobsReady);
        this.pipelines = new SparkPipelineService(workspace, this::session, this::jobsReady);
    }

    @Override
    public EngineInfo info() {
        Versions v = Versions.current();
        return new EngineInfo(v.app(), v.spark(), v.delta(), master.url(), workspace.root());
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
    public synchronized void startAsync() {
        if (status.state() != EngineState.STOPPED) {
            return;
        }
        setStatus(new EngineStatus(EngineState.STARTING, "Starting Spark " + info().sparkVersion() + " on " + master.url() + "…"));
        Thread t = new Thread(this::start, "lakehouse-engine-start");
        t.setDaemon(true);
        t.start();
    }

    private void start() {
        try {
            master.checkReachable(5_000);
            SessionConfig.configureDerby(workspace);
            SparkSession.Builder builder = SparkSession.builder();
            SessionConfig.of(master, workspace).forEach(builder::config);
            SparkSession session = builder.enableHiveSupport().getOrCreate();
            jobs = new SparkJobs(session.sparkContext(), redactor);
            StorageSettings.configure(session);
            SecretFunction.register(session, connectivity.secrets());
            for (String schema : MEDALLION_SCHEMAS) {
                session.sql("CREATE SCHEMA IF NOT EXISTS " + schema + " COMMENT '" + schema + " layer of the medallion architecture'");
            }
            spark = session;
            LOG.info("Engine ready: Spark {} on {}, workspace {}", session.version(), master.url(), workspace.root());
            setStatus(new EngineStatus(EngineState.READY, "Spark " + session.version() + " ready on " + master.url()));
        } catch (Throwable e) {
            EngineException mapped = e instanceof EngineException ee ? ee
                    : new EngineUnavailableException("Spark could not start: " + SparkErrors.map(e).getMessage(), e);
            LOG.error("Engine failed to start", e);
            setStatus(new EngineStatus(EngineState.FAILED, redactor.redact(mapped.getMessage())));
        } finally {
            settled.countDown();
        }
    }

    @Override
    public void awaitReady(Duration timeout) {
        try {
            if (!settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EngineUnavailableException("The engine did not start within " + timeout.toSeconds() + " s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("Interrupted while waiting for the engine.");
        }
        if (status.state() != EngineState.READY) {
            throw new EngineUnavailableException(status.message());
        }
    }

    /** The session, waiting for start-up when a call arrives early. */
    private SparkSession session() {
        EngineState s = status.state();
        if (s == EngineState.STOPPED) {
            startAsync();
        }
        if (spark == null) {
            awaitReady(Duration.ofMinutes(5));
        }
        return spark;
    }

    private SparkJobs jobsReady() {
        session();
        return jobs;
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

    @Override
    public TableReader tables() {
        return tableReader;
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
            SparkJobs j = jobs;
            if (j != null) {
                j.cancel(jobId);
            }
        };
    }

    @Override
    public SecretService secrets() {
        return connectivity.secrets();
    }

    @Override
    public ConnectionService connections() {
        return connectivity.connections();
    }

    @Override
    public StorageService storage() {
        return connectivity.storage();
    }

    @Override
    public PipelineService pipelines() {
        return pipelines;
    }

    @Override
    public LogFeed logs() {
        return logFeed;
    }

    @Override
    public SecretRedactor redactor() {
        return redactor;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (status.state() == EngineState.STARTING) {
            awaitQuietly();
        }
        setStatus(EngineStatus.of(EngineState.STOPPING));
        try {
            if (spark != null) {
                SecretFunction.unregister(spark);
                spark.stop();
            }
            DerbyShutdown.run(workspace.metastore());
        } catch (RuntimeException e) {
            LOG.warn("Error while stopping Spark", e);
        } finally {
            if (jobs != null) {
                jobs.close();
            }
            spark = null;
            lock.close();
            setStatus(EngineStatus.of(EngineState.STOPPED));
            logBridge.close();
        }
    }

    private void awaitQuietly() {
        try {
            settled.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void setStatus(EngineStatus s) {
        status = s;
        for (Consumer<EngineStatus> l : listeners) {
            l.accept(s);
        }
    }
}
