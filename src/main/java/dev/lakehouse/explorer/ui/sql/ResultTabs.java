package dev.lakehouse.explorer.ui.sql;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The open result tabs, oldest first, and the selected one. At most {@link #MAX_TABS} are kept: a new result
 * closes the oldest unpinned tab — pinned ones stay even beyond the limit, since the user asked for them.
 */
public final class ResultTabs {
    public static final int MAX_TABS = 10;
    private final ObservableList<ResultTabViewModel> tabs = FXCollections.observableArrayList();
    private final ObservableList<ResultTabViewModel> view = FXCollections.unmodifiableObservableList(tabs);
    private final ObjectProperty<ResultTabViewModel> selected = new SimpleObjectProperty<>();

    /** Adds and selects a result, making room first. */
    void add(ResultTabViewModel tab) {
        while (tabs.size() >= MAX_TABS) {
            var oldest = tabs.stream().filter(t -> !t.pinnedProperty().get()).findFirst();
            if (oldest.isEmpty()) {
                break;
            }
            close(oldest.get());
        }
        tabs.add(tab);
        selected.set(tab);
    }

    /** Closes a tab and releases its cursor; a neighbour takes over the selection. */
    public void close(ResultTabViewModel tab) {
        int index = tabs.indexOf(tab);
        if (index < 0) {
            return;
        }
        tabs.remove(index);
        tab.close();
        if (selected.get() == tab) {
            selected.set(tabs.isEmpty() ? null : tabs.get(Math.min(index, tabs.size() - 1)));
        }
    }

    /** Closes every unpinned tab but this one. */
    public void closeOthers(ResultTabViewModel keep) {
        for (ResultTabViewModel t : List.copyOf(tabs)) {
            if (t != keep && !t.pinnedProperty().get()) {
                close(t);
            }
        }
    }

    /** Closes every unpinned tab. */
    public void closeUnpinned() {
        closeOthers(null);
    }

    public ObservableList<ResultTabViewModel> list() {
        return view;
    }

    /** The tab shown; the view keeps it in step with its tab pane. */
    public ObjectProperty<ResultTabViewModel> selectedProperty() {
        return selected;
    }
}
