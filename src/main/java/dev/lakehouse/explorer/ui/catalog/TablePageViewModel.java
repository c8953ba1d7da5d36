package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The page of one Delta table: its tabs, the version every tab shows (the latest, or one chosen by time travel),
 * and the table's history. Everything but the Spark-side work reads compute-free, so the page fills in before
 * Spark is ready.
 */
public final class TablePageViewModel implements CatalogPage {
    private final Engine engine;
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<EngineStatus> engineStatus;
    private final String name;
    private final ReadOnlyObjectWrapper<TableRef> ref = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> shownVersion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper latestVersion = new ReadOnlyLongWrapper(-1);
    private final ObservableList<TableVersion> history = FXCollections.observableArrayList();
    private final InlineError error = new InlineError();
    private final InlineError historyError = new InlineError();
    private final DataTabViewModel data;
    private final SchemaTabViewModel schema = new SchemaTabViewModel();
    private final DetailsTabViewModel details;
    private final TimeTravelViewModel timeTravel;
    private final CompareViewModel compare;
    private final MaintenanceViewModel maintenance;
    private final ChangeListener<EngineStatus> statusListener = (obs, old, status) -> engineChanged(status);
    private long historyGeneration;
    private long versionGeneration;

    TablePageViewModel(Engine engine, TaskRunner runner, ReadOnlyObjectProperty<EngineStatus> engineStatus,
                       ZoneId zone, String name, TableRef ref, Consumer<String> onOpenSql) {
        this.engine = engine;
        this.runner = runner;
        this.engineStatus = engineStatus;
        this.name = name;
        this.ref.set(ref);
        this.data = new DataTabViewModel(this);
        this.details = new DetailsTabViewModel(zone);
        this.timeTravel = new TimeTravelViewModel(this, zone, onOpenSql);
        this.compare = new CompareViewModel(this);
        this.maintenance = new MaintenanceViewModel(this);
        engineStatus.addListener(statusListener);
    }

    /** Finds the table (by name when no folder is known yet) and reads every tab. */
    void open() {
        if (ref.get() != null) {
            reload();
            return;
        }
        runner.submit("Finding " + name, ctx -> DeltaAccess.locator(engine).resolve(name), found -> {
            ref.set(found);
            reload();
        }, error::show);
    }

    /** Before {@link #open()}: the version the page first shows, null for the latest. */
    void startAt(Long version) {
        shownVersion.set(version);
    }

    /** Reads the history and the shown version again, e.g. after maintenance changed the table. */
    public void reload() {
        loadHistory();
        loadVersion();
    }

    /**
     * Reads the table again if it has a version the page has not seen (a commit made elsewhere, e.g. in the SQL
     * panel); the check reads only the log's listing. A table that can no longer be read says why.
     */
    void followNewCommits() {
        TableRef table = ref.get();
        if (table == null) {
            return; // still being found: what it finds is read fresh
        }
        runner.submit("Checking " + title() + " for new versions", ctx -> engine.tables().latestVersion(table),
                latest -> {
                    if (latest != latestVersion.get()) {
                        reload();
                    }
                }, t -> reload());
    }

    /** Shows every tab as of the latest version again; after a commit, that is the new latest. */
    void showLatestAfterChange() {
        shownVersion.set(null);
        reload();
    }

    /** Makes every tab show {@code version}; an unreadable one is refused with its reason. */
    void showVersion(Long version) {
        if (version != null && version == latestVersion.get()) {
            version = null; // the latest is not time travel: the page follows new commits again
        }
        Optional<TableVersion> entry = version == null ? Optional.empty() : versionEntry(version);
        if (entry.isPresent() && !entry.get().readable()) {
            throw new TableReadException("Version " + version + " of " + title() + " cannot be read: "
                    + entry.get().notReadableReason());
        }
        if (!java.util.Objects.equals(version, shownVersion.get())) {
            shownVersion.set(version);
            loadVersion();
        }
    }

    Optional<TableVersion> versionEntry(long version) {
        return history.stream().filter(v -> v.version() == version).findFirst();
    }

    private void loadHistory() {
        TableRef table = ref.get();
        long generation = ++historyGeneration;
        runner.submit("Reading the history of " + title(), ctx -> engine.tables().history(table), versions -> {
            if (generation == historyGeneration) {
                historyError.clear();
                history.setAll(versions);
                latestVersion.set(versions.stream().mapToLong(TableVersion::version).max().orElse(-1));
                compare.historyChanged(versions);
                maintenance.historyChanged(versions);
            }
        }, t -> {
            if (generation == historyGeneration) {
                historyError.show(t);
            }
        });
    }

    private void loadVersion() {
        TableRef table = ref.get();
        Long version = shownVersion.get();
        long generation = ++versionGeneration;
        error.clear();
        data.load();
        runner.submit("Reading the details of " + title(), ctx -> engine.tables().detail(table, version),
                (TableDetail d) -> {
                    if (generation == versionGeneration) {
                        details.show(d);
                        schema.showProperties(d.properties());
                        maintenance.detailChanged(d);
                    }
                }, t -> versionFailed(generation, t, details::failed));
        runner.submit("Reading the schema of " + title(), ctx -> engine.tables().schema(table, version),
                (TableSchema s) -> {
                    if (generation == versionGeneration) {
                        schema.show(s);
                        List<String> columns = s.fields().stream().map(f -> f.name()).toList();
                        compare.columnsChanged(columns);
                        maintenance.columnsChanged(columns);
                    }
                }, t -> versionFailed(generation, t, schema::failed));
    }

    private void versionFailed(long generation, Throwable t, Consumer<Throwable> tab) {
        if (generation == versionGeneration) {
            tab.accept(t);
            error.show(t); // a table that cannot be read at all says so once, on top of the page
        }
    }

    private void engineChanged(EngineStatus status) {
        if (status.state() == EngineState.READY) {
            data.engineReady();
            compare.engineReady();
        }
    }

    @Override
    public String title() {
        return name != null ? name : String.valueOf(ref.get());
    }

    /** The metastore name, or null for a table browsed by path. */
    public String name() {
        return name;
    }

    /** Maintenance that is under way goes on: a RESTORE or VACUUM stopped by a click elsewhere would surprise. */
    @Override
    public void dispose() {
        engineStatus.removeListener(statusListener);
        data.dispose();
        compare.cancel();
    }

    Engine engine() {
        return engine;
    }

    TaskRunner runner() {
        return runner;
    }

    boolean engineReady() {
        return engineStatus.get().state() == EngineState.READY;
    }

    TableRef ref() {
        return ref.get();
    }

    Long version() {
        return shownVersion.get();
    }

    public ReadOnlyObjectProperty<TableRef> refProperty() {
        return ref.getReadOnlyProperty();
    }

    /** The version every tab shows, or null for the latest. */
    public ReadOnlyObjectProperty<Long> shownVersionProperty() {
        return shownVersion.getReadOnlyProperty();
    }

    /** The newest version in the history, -1 until the history is read. */
    public ReadOnlyLongProperty latestVersionProperty() {
        return latestVersion.getReadOnlyProperty();
    }

    /** Every commit, newest first. */
    public ObservableList<TableVersion> history() {
        return history;
    }

    /** Why the table (or the shown version of it) cannot be read; empty when it can. */
    public InlineError error() {
        return error;
    }

    public InlineError historyError() {
        return historyError;
    }

    public DataTabViewModel data() {
        return data;
    }

    public SchemaTabViewModel schema() {
        return schema;
    }

    public DetailsTabViewModel details() {
        return details;
    }

    public TimeTravelViewModel timeTravel() {
        return timeTravel;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public MaintenanceViewModel maintenance() {
        return maintenance;
    }
}
