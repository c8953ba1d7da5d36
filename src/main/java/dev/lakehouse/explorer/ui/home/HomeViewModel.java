package dev.lakehouse.explorer.ui.home;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineInfo;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.samples.LoadedTable;
import dev.lakehouse.explorer.ui.common.ErrorText;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * The workspace at a glance: engine, schemas, recent tables, and the first-run action that loads the sample data
 * into {@code bronze}. The catalog is read whenever the engine becomes ready and after every sample load.
 */
public final class HomeViewModel {
    static final String BRONZE = "bronze";
    static final int RECENT_LIMIT = 8;
    private final Engine engine;
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<EngineStatus> engineStatus;
    private final EngineInfo info;
    private final ObservableList<SchemaSummary> schemas = FXCollections.observableArrayList();
    private final ObservableList<TableSummary> recentTables = FXCollections.observableArrayList();
    private final ObservableList<SchemaSummary> schemasView = FXCollections.unmodifiableObservableList(schemas);
    private final ObservableList<TableSummary> recentView = FXCollections.unmodifiableObservableList(recentTables);
    private final ReadOnlyObjectWrapper<CatalogState> catalogState = new ReadOnlyObjectWrapper<>(CatalogState.WAITING);
    private final ReadOnlyStringWrapper catalogMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loadingSamples = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper sampleProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper sampleMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private final BooleanBinding hasSampleTables;
    private final BooleanBinding canCreateSamples;
    private final BooleanBinding catalogBusy;
    private Consumer<String> onQuery = sql -> { };
    private boolean refreshing;
    private boolean refreshAgain;

    public HomeViewModel(Engine engine, TaskRunner runner, ReadOnlyObjectProperty<EngineStatus> engineStatus) {
        this.engine = engine;
        this.runner = runner;
        this.engineStatus = engineStatus;
        this.info = engine.info(); // static facts, known before Spark starts
        hasSampleTables = Bindings.createBooleanBinding(
                () -> schemas.stream().anyMatch(s -> BRONZE.equalsIgnoreCase(s.name()) && s.tableCount() > 0), schemas);
        canCreateSamples = Bindings.createBooleanBinding(
                () -> engineStatus.get().state() == EngineState.READY && !loadingSamples.get(),
                engineStatus, loadingSamples);
        catalogBusy = Bindings.createBooleanBinding(() -> catalogState.get() == CatalogState.LOADING
                || (catalogState.get() == CatalogState.WAITING && engineStatus.get().state().isPending()),
                catalogState, engineStatus);
        engineStatus.addListener((obs, old, status) -> onEngineStatus(status));
        onEngineStatus(engineStatus.get());
    }

    /** Reads schemas and recent tables again. */
    public void refresh() {
        if (engineStatus.get().state() != EngineState.READY) {
            return;
        }
        if (refreshing) {
            refreshAgain = true; // what the running read returns may already be stale
            return;
        }
        refreshing = true;
        if (catalogState.get() != CatalogState.LOADED) {
            catalogState.set(CatalogState.LOADING);
            catalogMessage.set("Reading the catalog…");
        }
        runner.submit("Reading the catalog", ctx -> new CatalogSnapshot(
                        engine.catalog().schemas(), engine.catalog().recentTables(RECENT_LIMIT)),
                this::showCatalog, this::catalogFailed);
    }

    /**
     * Loads the sample files into bronze tables, replacing earlier sample tables, then reads the catalog again.
     * The view asks for confirmation first when {@link #hasSampleTablesProperty()} is true.
     */
    public void createSampleLakehouse() {
        if (!canCreateSamples.get()) {
            return;
        }
        clearMessages();
        loadingSamples.set(true);
        RunningTask task = runner.submit("Creating the sample lakehouse", ctx -> engine.samples().load(ctx),
                this::samplesLoaded, this::samplesFailed);
        if (loadingSamples.get()) { // a direct runner has settled already
            sampleProgress.bind(task.progressProperty());
            sampleMessage.bind(task.messageProperty());
        }
    }

    /** Opens a table in the SQL panel. */
    public void queryTable(TableSummary table) {
        onQuery.accept("SELECT * FROM " + table.qualifiedName() + " LIMIT 100");
    }

    /** Lists a schema's tables in the SQL panel. */
    public void showTables(SchemaSummary schema) {
        onQuery.accept("SHOW TABLES IN " + schema.name());
    }

    /** Where "query this" goes: the shell switches to the SQL panel with the statement in the editor. */
    public void setOnQuery(Consumer<String> onQuery) {
        this.onQuery = onQuery;
    }

    private void onEngineStatus(EngineStatus status) {
        switch (status.state()) {
            case READY -> refresh();
            case STOPPED, STARTING -> waiting("The catalog appears when the engine is ready.");
            case STOPPING -> waiting("The engine is stopping.");
            case FAILED -> unavailable("The engine could not start: " + status.message());
        }
    }

    private void showCatalog(CatalogSnapshot snapshot) {
        schemas.setAll(snapshot.schemas());
        recentTables.setAll(snapshot.recent());
        catalogState.set(CatalogState.LOADED);
        catalogMessage.set(snapshot.schemas().isEmpty() ? "No schemas yet." : "");
        refreshDone();
    }

    private void catalogFailed(Throwable t) {
        unavailable("Could not read the catalog: " + ErrorText.summary(t));
        refreshDone();
    }

    private void refreshDone() {
        refreshing = false;
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void samplesLoaded(List<LoadedTable> tables) {
        endSampleLoad();
        long rows = tables.stream().mapToLong(LoadedTable::rows).sum();
        notice.set("Loaded " + tables.size() + (tables.size() == 1 ? " sample table" : " sample tables")
                + " into bronze (" + ValueFormat.count(rows) + " rows).");
        refresh();
    }

    private void samplesFailed(Throwable t) {
        endSampleLoad();
        if (t instanceof JobCancelledException) {
            notice.set("Creating the sample lakehouse was cancelled.");
        } else {
            error.show(t);
        }
        refresh(); // a stopped load may still have replaced some tables
    }

    private void endSampleLoad() {
        sampleProgress.unbind();
        sampleMessage.unbind();
        sampleProgress.set(-1);
        sampleMessage.set("");
        loadingSamples.set(false);
    }

    private void waiting(String message) {
        catalogState.set(CatalogState.WAITING);
        catalogMessage.set(message);
    }

    private void unavailable(String message) {
        catalogState.set(CatalogState.UNAVAILABLE);
        catalogMessage.set(message);
    }

    /** Dismisses the notice and the error. */
    public void clearMessages() {
        notice.set("");
        error.clear();
    }

    public EngineInfo info() {
        return info;
    }

    public ReadOnlyObjectProperty<EngineStatus> engineStatusProperty() {
        return engineStatus;
    }

    public ObservableList<SchemaSummary> schemas() {
        return schemasView;
    }

    public ObservableList<TableSummary> recentTables() {
        return recentView;
    }

    public ReadOnlyObjectProperty<CatalogState> catalogStateProperty() {
        return catalogState.getReadOnlyProperty();
    }

    /** True while the catalog is on its way: being read, or waiting for a starting engine. */
    public BooleanBinding catalogBusyProperty() {
        return catalogBusy;
    }

    public ReadOnlyStringProperty catalogMessageProperty() {
        return catalogMessage.getReadOnlyProperty();
    }

    /** True when bronze holds tables, i.e. "Create sample lakehouse" would replace them. */
    public BooleanBinding hasSampleTablesProperty() {
        return hasSampleTables;
    }

    public BooleanBinding canCreateSamplesProperty() {
        return canCreateSamples;
    }

    public ReadOnlyBooleanProperty loadingSamplesProperty() {
        return loadingSamples.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty sampleProgressProperty() {
        return sampleProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleMessageProperty() {
        return sampleMessage.getReadOnlyProperty();
    }

    /** A one-line success message, empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What the last action's failure was; empty when there is none. */
    public InlineError error() {
        return error;
    }

    private record CatalogSnapshot(List<SchemaSummary> schemas, List<TableSummary> recent) {
    }
}
