package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Catalog panel: the metastore's schemas and tables as a tree (each schema's tables read when it is first
 * opened), a filter over table names, folders opened by path, and the page of the selected table or dataset.
 */
public final class CatalogViewModel {
    private final Engine engine;
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<EngineStatus> engineStatus;
    private final ZoneId zone;
    private final ObservableList<SchemaNode> schemas = FXCollections.observableArrayList();
    private final ObservableList<SchemaNode> schemasView = FXCollections.unmodifiableObservableList(schemas);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private final ReadOnlyObjectWrapper<CatalogPage> page = new ReadOnlyObjectWrapper<>();
    private final OpenFolderViewModel folders;
    private Runnable onCatalogChanged = this::refresh;
    private Consumer<String> onOpenSql = sql -> { };
    private boolean refreshing;
    private boolean refreshAgain;

    public CatalogViewModel(Engine engine, TaskRunner runner, ReadOnlyObjectProperty<EngineStatus> engineStatus,
                            ZoneId zone) {
        this.engine = engine;
        this.runner = runner;
        this.engineStatus = engineStatus;
        this.zone = zone;
        this.folders = new OpenFolderViewModel(this);
        filter.addListener((obs, old, text) -> applyFilter());
        engineStatus.addListener((obs, old, status) -> onEngineStatus(status));
        onEngineStatus(engineStatus.get());
    }

    /** Reads the schema list again, the tables of every schema read before, and an open table's new commits. */
    public void refresh() {
        if (page.get() instanceof TablePageViewModel table) {
            table.followNewCommits();
        }
        if (engineStatus.get().state() != EngineState.READY) {
            return;
        }
        if (refreshing) {
            refreshAgain = true; // what the running read returns may already be stale
            return;
        }
        refreshing = true;
        loading.set(true);
        if (schemas.isEmpty()) {
            message.set("Reading the catalog…");
        }
        runner.submit("Reading the catalog", ctx -> engine.catalog().schemas(), this::showSchemas, t -> {
            refreshDone();
            message.set(schemas.isEmpty() ? "The catalog could not be read." : "");
            error.show(t);
        });
    }

    /** Reads a schema's tables unless they are read already (or being read). */
    public void expand(SchemaNode node) {
        if (node.stateProperty().get() == SchemaNode.State.NOT_LOADED
                || node.stateProperty().get() == SchemaNode.State.FAILED) {
            loadTables(node);
        }
    }

    /** Opens the page of a table or view of the tree. */
    public void open(TableSummary table) {
        if ("VIEW".equalsIgnoreCase(table.kind())) {
            show(DatasetPageViewModel.ofView(this, table));
        } else if ("delta".equalsIgnoreCase(table.format())) {
            openTable(table.qualifiedName(), refOf(table.location()));
        } else {
            show(DatasetPageViewModel.ofCatalogTable(this, table));
        }
    }

    /**
     * Opens a Delta table by metastore name ({@code silver.orders}) or folder path, showing {@code version} (null:
     * the latest), as a pipeline run's "Open in Catalog" does: the table as that run left it.
     */
    public void open(String nameOrPath, Long version) {
        TableRef ref = null;
        if (TableRef.looksLikePath(nameOrPath) || TableRef.isRemoteUri(nameOrPath)) {
            try {
                ref = TableRef.parse(nameOrPath);
            } catch (InvalidRequestException e) {
                error.show(e);
                return;
            }
        }
        var table = new TablePageViewModel(engine, runner, engineStatus, zone, nameOrPath, ref,
                s -> onOpenSql.accept(s));
        table.startAt(version);
        show(table);
        table.open();
    }

    /** Opens a folder chosen by the user: a Delta table (register or browse), or plain data files. */
    public void openFolder(Path folder) {
        folders.open(folder);
    }

    /**
     * Opens a Delta table on remote storage by its URI ({@code wasb://…/tables/houses}), as the Connections panel's
     * "Open in Catalog" does; the page is named by the URI's last segment.
     */
    public void openRemote(String uri) {
        TableRef ref;
        try {
            ref = TableRef.remote(uri);
        } catch (InvalidRequestException e) {
            error.show(e);
            return;
        }
        String path = ref.remote();
        openTable(path.substring(path.lastIndexOf('/') + 1), ref);
    }

    /** Closes the table page. */
    public void closePage() {
        show(null);
    }

    /** Dismisses the notice and the error. */
    public void clearMessages() {
        notice.set("");
        error.clear();
    }

    /**
     * Who hears that this panel changed the catalog (registered, converted or created a table). Unset, the panel
     * just reads its own tree again; the window routes it through a signal that refreshes every panel.
     */
    public void setOnCatalogChanged(Runnable onCatalogChanged) {
        this.onCatalogChanged = onCatalogChanged;
    }

    /** Where "Open in SQL" sends its statement. */
    public void setOnOpenSql(Consumer<String> onOpenSql) {
        this.onOpenSql = onOpenSql;
    }

    // ---- for the pages and the folder flow of this package ----

    Engine engine() {
        return engine;
    }

    TaskRunner runner() {
        return runner;
    }

    void openTable(String name, TableRef ref) {
        var table = new TablePageViewModel(engine, runner, engineStatus, zone, name, ref, s -> onOpenSql.accept(s));
        show(table);
        table.open();
    }

    void openDataset(Path folder, FolderKind kind) {
        show(DatasetPageViewModel.ofFolder(this, folder, kind));
    }

    /** Opens a table known only by name, e.g. one just created: its location comes from the catalog. */
    void openByName(String schema, String name) {
        runner.submit("Opening " + schema + "." + name, ctx -> engine.catalog().tables(schema).stream()
                        .filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                        .orElseThrow(() -> new InvalidRequestException("No table " + schema + "." + name + " in the catalog.")),
                this::open, error::show);
    }

    void changed(String what) {
        notice.set(what);
        onCatalogChanged.run();
    }

    /** Offers "Register as…" / "Browse by path" for a folder that has just become a Delta table. */
    void offerDeltaFolder(Path folder) {
        folders.offer(folder);
    }

    InlineError errorSink() {
        return error;
    }

    private void show(CatalogPage next) {
        CatalogPage old = page.get();
        if (old != null) {
            old.dispose();
        }
        page.set(next);
    }

    private static TableRef refOf(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            return TableRef.parse(location);
        } catch (InvalidRequestException notALocalFolder) {
            return null; // e.g. abfss://: the page asks the locator
        }
    }

    private void onEngineStatus(EngineStatus status) {
        switch (status.state()) {
            case READY -> refresh();
            case STOPPED, STARTING -> message.set(schemas.isEmpty()
                    ? "The catalog appears when the engine is ready. Open a Delta folder to browse it now." : "");
            case STOPPING -> message.set("The engine is stopping.");
            case FAILED -> message.set("The engine could not start: " + status.message());
        }
    }

    private void showSchemas(List<SchemaSummary> list) {
        Map<String, SchemaNode> known = schemas.stream().collect(Collectors.toMap(
                s -> s.name().toLowerCase(Locale.ROOT), Function.identity()));
        List<SchemaNode> next = list.stream().map(s -> {
            SchemaNode node = known.get(s.name().toLowerCase(Locale.ROOT));
            if (node == null) {
                node = new SchemaNode(s.name(), s.tableCount());
            } else {
                node.setTableCount(s.tableCount());
            }
            return node;
        }).toList();
        schemas.setAll(next);
        message.set(schemas.isEmpty() ? "The catalog holds no schemas." : "");
        for (SchemaNode node : schemas) {
            if (node.stateProperty().get() != SchemaNode.State.NOT_LOADED || isFiltering()) {
                loadTables(node);
            }
        }
        refreshDone();
    }

    private void refreshDone() {
        refreshing = false;
        loading.set(false);
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void loadTables(SchemaNode node) {
        node.loading();
        node.filter(filter.get());
        runner.submit("Listing the tables of " + node.name(), ctx -> engine.catalog().tables(node.name()),
                node::loaded, t -> node.failed(dev.lakehouse.explorer.ui.common.ErrorText.summary(t)));
    }

    private boolean isFiltering() {
        return filter.get() != null && !filter.get().isBlank();
    }

    private void applyFilter() {
        for (SchemaNode node : schemas) {
            node.filter(filter.get());
            if (isFiltering() && node.stateProperty().get() == SchemaNode.State.NOT_LOADED) {
                loadTables(node); // a filter searches every schema, so each must be read once
            }
        }
    }

    public ObservableList<SchemaNode> schemas() {
        return schemasView;
    }

    /** Text that filters table names across schemas; blank shows all. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** True while the schema list is read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What stands in for the tree while it is empty; empty once schemas show. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A one-line success message (a table registered…), empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }

    /** The open page, or null. */
    public ReadOnlyObjectProperty<CatalogPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public OpenFolderViewModel folders() {
        return folders;
    }
}
