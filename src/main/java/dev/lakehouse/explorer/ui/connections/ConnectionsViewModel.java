package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Connections panel: saved connections and secret scopes on the left, the selected one (or a new connection,
 * or the workshop setup) on the right. Deleting anything waits for {@link #question()} to be confirmed.
 */
public final class ConnectionsViewModel {
    /** What the right side shows. */
    public enum Detail { NONE, CONNECTION, SCOPE, WORKSHOP }

    private final Services services;
    private final TaskRunner runner;
    private final PendingQuestion question = new PendingQuestion();
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObservableList<ScopeDefinition> scopes = FXCollections.observableArrayList();
    private final Map<String, String> rootUris = new HashMap<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(Detail.NONE);
    private final ReadOnlyObjectWrapper<Object> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final InlineError error = new InlineError();
    private final javafx.beans.property.ReadOnlyStringWrapper notice = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ConnectionFormViewModel form;
    private final StorageBrowserViewModel browser;
    private final ScopeViewModel scope;
    private final NewScopeViewModel newScope;
    private final WorkshopSetupViewModel workshop;
    private Consumer<String> onOpenTable = uri -> { };
    private Consumer<String> onOpenSql = sql -> { };
    private Runnable onCatalogChanged = () -> { };

    public ConnectionsViewModel(Engine engine, TaskRunner runner) {
        this.services = new Services(engine);
        this.runner = runner;
        form = new ConnectionFormViewModel(services, runner, question);
        browser = new StorageBrowserViewModel(services, runner);
        scope = new ScopeViewModel(services, runner, question);
        newScope = new NewScopeViewModel(services, runner);
        workshop = new WorkshopSetupViewModel(services, runner);
        form.setOnSaved(c -> refresh(c));
        form.setOnRemoved(name -> refresh(null));
        scope.setOnScopeDeleted(name -> refresh(null));
        newScope.setOnCreated(s -> refresh(s));
        browser.setOnOpenTable(uri -> onOpenTable.accept(uri));
        workshop.setOnOpenTable(uri -> onOpenTable.accept(uri));
        workshop.setOnOpenSql(sql -> onOpenSql.accept(sql));
        workshop.setOnChanged(() -> {
            refreshLists();
            onCatalogChanged.run();
        });
    }

    /** Writes every saved connection to a file for a classroom: references only, never a secret value. */
    public void exportTo(java.nio.file.Path file) {
        runner.submit("Exporting connections", ctx -> services.connections().exportTo(file), n -> {
            error.clear();
            notice.set("Exported " + n + (n == 1 ? " connection" : " connections") + " to " + file.getFileName()
                    + " (secrets as references only).");
        }, error::show);
    }

    /** Adds the connections of an exported file: all of them or, if one cannot be added, none. */
    public void importFrom(java.nio.file.Path file) {
        runner.submit("Importing connections", ctx -> services.connections().importFrom(file), added -> {
            error.clear();
            notice.set("Imported " + added.size() + (added.size() == 1 ? " connection" : " connections")
                    + " from " + file.getFileName() + ".");
            refreshLists();
        }, failure -> {
            notice.set("");
            error.show(failure);
        });
    }

    /** What the last export or import did, in one line; empty when there is nothing to say. */
    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Reads connections and scopes again, keeping what is shown. */
    public void refresh() {
        refreshLists();
    }

    /** A blank connection form. */
    public void newConnection() {
        selected.set(null);
        form.startNew();
        browser.show(null);
        detail.set(Detail.CONNECTION);
    }

    /** Shows a saved connection (its form read-only, its storage one tab away) or a scope. */
    public void select(Object item) {
        if (item instanceof Connection c) {
            selected.set(c);
            form.show(c);
            browser.show(c);
            detail.set(Detail.CONNECTION);
        } else if (item instanceof ScopeDefinition s) {
            selected.set(s);
            scope.show(s);
            detail.set(Detail.SCOPE);
        }
    }

    /** Enter on an item: a connection opens on its storage, a scope on its secrets. */
    public void open(Object item) {
        select(item);
        if (item instanceof Connection) {
            browser.ensureLoaded();
        }
    }

    /** Delete on an item: asks first, as its own Remove/Delete does. */
    public void delete(Object item) {
        select(item);
        if (item instanceof Connection) {
            form.remove();
        } else if (item instanceof ScopeDefinition) {
            scope.deleteScope();
        }
    }

    public void showWorkshop() {
        selected.set(null);
        detail.set(Detail.WORKSHOP);
    }

    private void refresh(Object thenSelect) {
        if (thenSelect == null) {
            selected.set(null);
            detail.set(Detail.NONE);
        }
        refreshLists();
        if (thenSelect != null) {
            select(thenSelect);
        }
    }

    private void refreshLists() {
        loading.set(true);
        runner.submit("Reading connections and secret scopes", ctx -> lists(), lists -> {
            loading.set(false);
            error.clear();
            rootUris.clear();
            rootUris.putAll(lists.rootUris()); // before the list changes: its rows show them
            connections.setAll(lists.connections());
            scopes.setAll(lists.scopes());
        }, failure -> {
            loading.set(false);
            error.show(failure);
        });
    }

    private Lists lists() {
        List<Connection> saved = services.connections().list();
        Map<String, String> roots = new HashMap<>();
        saved.forEach(c -> roots.put(c.name(), services.connections().rootUri(c)));
        return new Lists(saved, roots, services.secrets().scopes());
    }

    /** A saved connection's root URI as last read, or empty. */
    public String rootUri(Connection connection) {
        return rootUris.getOrDefault(connection.name(), "");
    }

    /** Where a Delta table on storage opens: the window shows it in the Catalog. */
    public void setOnOpenTable(Consumer<String> onOpenTable) {
        this.onOpenTable = onOpenTable;
    }

    /** Where the workshop's query goes: the window puts it into the SQL panel. */
    public void setOnOpenSql(Consumer<String> onOpenSql) {
        this.onOpenSql = onOpenSql;
    }

    /** Who hears that a table was written (the workshop's sample table). */
    public void setOnCatalogChanged(Runnable onCatalogChanged) {
        this.onCatalogChanged = onCatalogChanged;
    }

    public ObservableList<Connection> connections() {
        return connections;
    }

    public ObservableList<ScopeDefinition> scopes() {
        return scopes;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The connection or scope shown, null for none or a new connection. */
    public ReadOnlyObjectProperty<Object> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }

    public PendingQuestion question() {
        return question;
    }

    public ConnectionFormViewModel form() {
        return form;
    }

    public StorageBrowserViewModel browser() {
        return browser;
    }

    public ScopeViewModel scope() {
        return scope;
    }

    public NewScopeViewModel newScope() {
        return newScope;
    }

    public WorkshopSetupViewModel workshop() {
        return workshop;
    }

    private record Lists(List<Connection> connections, Map<String, String> rootUris, List<ScopeDefinition> scopes) {
    }
}
