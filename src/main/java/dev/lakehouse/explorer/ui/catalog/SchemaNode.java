package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.catalog.TableSummary;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;

/** One schema of the catalog tree; its tables are read the first time it is opened, not before. */
public final class SchemaNode {

    /** Where the schema's table list is. */
    public enum State { NOT_LOADED, LOADING, LOADED, FAILED }

    private final String name;
    private final ReadOnlyIntegerWrapper tableCount = new ReadOnlyIntegerWrapper();
    private final ObservableList<TableSummary> tables = FXCollections.observableArrayList();
    private final FilteredList<TableSummary> visible = new FilteredList<>(tables);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NOT_LOADED);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    SchemaNode(String name, int tableCount) {
        this.name = name;
        this.tableCount.set(tableCount);
    }

    public String name() {
        return name;
    }

    /** The count the schema list reported, known before the tables are read. */
    public ReadOnlyIntegerProperty tableCountProperty() {
        return tableCount.getReadOnlyProperty();
    }

    /** The tables that pass the panel's filter (all of them when the filter is blank). */
    public ObservableList<TableSummary> visibleTables() {
        return visible;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the tables could not be read; empty unless FAILED. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether this schema belongs in the tree under the filter: unread schemas stay until they are read. */
    public boolean matches(String filter) {
        return filter == null || filter.isBlank() || state.get() != State.LOADED || !visible.isEmpty();
    }

    void setTableCount(int count) {
        tableCount.set(count);
    }

    void loading() {
        state.set(State.LOADING);
        error.set("");
    }

    void loaded(List<TableSummary> list) {
        tables.setAll(list);
        tableCount.set(list.size());
        state.set(State.LOADED);
    }

    void failed(String message) {
        state.set(State.FAILED);
        error.set(message);
    }

    void filter(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        visible.setPredicate(needle.isEmpty() ? null
                : t -> t.name().toLowerCase(Locale.ROOT).contains(needle)
                || t.qualifiedName().toLowerCase(Locale.ROOT).contains(needle));
    }
}
