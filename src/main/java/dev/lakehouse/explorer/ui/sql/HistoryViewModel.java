package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.sql.QueryHistory;
import dev.lakehouse.explorer.engine.sql.QueryRecord;
import dev.lakehouse.explorer.ui.common.ErrorText;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The SQL panel's history list: the workspace's past runs, newest first, filtered as the user types. Reading and
 * appending go through the task runner, since the store is a file. The file is read when the list is first shown;
 * runs recorded before that are kept in front of what it returns.
 */
public final class HistoryViewModel {
    static final int LIMIT = 500;
    private final QueryHistory store;
    private final TaskRunner runner;
    private final ObservableList<QueryRecord> records = FXCollections.observableArrayList();
    private final FilteredList<QueryRecord> shown = new FilteredList<>(records);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty visible = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final List<QueryRecord> recordedHere = new ArrayList<>();
    private boolean loaded;
    private Consumer<String> onOpen = s -> { };

    public HistoryViewModel(QueryHistory store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        filter.addListener((obs, old, now) -> shown.setPredicate(r -> matches(r, now)));
        visible.addListener((obs, was, is) -> {
            if (is) {
                load();
            }
        });
    }

    /** Reads the newest runs from the workspace, once. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        runner.submit("Reading the query history", ctx -> store.recent(LIMIT), this::show, this::loadFailed);
    }

    /** Adds a run: at once to the list, and to the file in the background. */
    public void record(QueryRecord run) {
        QueryRecord stored = store.redact(run); // the list shows what the file will hold
        recordedHere.add(0, stored);
        if (recordedHere.size() > LIMIT) {
            recordedHere.remove(LIMIT);
        }
        records.add(0, stored);
        trim();
        runner.submit("Saving the query history", ctx -> store.append(run), r -> problem.set(""),
                e -> problem.set("Could not save the query history: " + ErrorText.summary(e)));
    }

    /** Puts a past run's text into the editor. */
    public void open(QueryRecord run) {
        if (run != null) {
            onOpen.accept(run.statement());
        }
    }

    public void setOnOpen(Consumer<String> onOpen) {
        this.onOpen = onOpen;
    }

    private void show(List<QueryRecord> fromFile) {
        List<QueryRecord> all = new ArrayList<>(recordedHere);
        // what this session appended may already be in the file: show it once
        fromFile.stream().filter(r -> !recordedHere.contains(r)).forEach(all::add);
        records.setAll(all);
        trim();
    }

    private void loadFailed(Throwable e) {
        loaded = false; // showing the list again tries again
        problem.set("Could not read the query history: " + ErrorText.summary(e));
    }

    private void trim() {
        if (records.size() > LIMIT) {
            records.remove(LIMIT, records.size());
        }
    }

    static boolean matches(QueryRecord r, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return r.statement().toLowerCase(Locale.ROOT).contains(f)
                || (r.error() != null && r.error().toLowerCase(Locale.ROOT).contains(f));
    }

    /** The runs that pass the filter, newest first. */
    public ObservableList<QueryRecord> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Whether the history list is shown; showing it reads the file the first time. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** Why the history could not be read or saved; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
