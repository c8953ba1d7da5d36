package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.catalog.CatalogService;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completion in the SQL editor. The view asks at a caret ({@link #request}); suggestions come at once from the
 * names cached so far, and again when names the statement needs have been read from the engine — off the UI
 * thread, through the task runner. The cache lives until {@link #invalidate()}: after DDL, or when the panel is
 * shown again, since another panel may have changed the catalog.
 */
public final class CompletionViewModel {
    private final Engine engine;
    private final TaskRunner runner;
    private final ObservableValue<EngineStatus> engineStatus;
    private final CompletionCache cache = new CompletionCache();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final Set<TableName> loadingColumns = new HashSet<>();
    private boolean loadingTables;
    private int generation; // bumped by invalidate(): reads started before it are stale
    private boolean active;
    private boolean auto;
    private String text = "";
    private int caret;
    private Completion current = Completion.none(0);

    /** What accepting a suggestion does to the text: replace {@code [from, to)} with {@code text}. */
    public record Edit(int from, int to, String text) {
    }

    public CompletionViewModel(Engine engine, TaskRunner runner, ObservableValue<EngineStatus> engineStatus) {
        this.engine = engine;
        this.runner = runner;
        this.engineStatus = engineStatus;
    }

    /**
     * Starts completing at the caret.
     *
     * @param explicit true for Ctrl+Space; false when typing {@code name.} asked for it, which shows suggestions
     *                 only after a known schema, table or alias
     */
    public void request(String newText, int newCaret, boolean explicit) {
        active = true;
        auto = !explicit;
        text = newText;
        caret = newCaret;
        refresh();
    }

    /**
     * Follows typing while completing: refines the suggestions, and ends completion when the caret has left the
     * word (a blank or a bracket typed, the caret moved elsewhere).
     */
    public void update(String newText, int newCaret) {
        if (!active) {
            return;
        }
        Completion next = SqlCompletion.complete(newText, newCaret, cache);
        if (next.from() != current.from() || newCaret < current.from()) {
            dismiss();
            return;
        }
        text = newText;
        caret = newCaret;
        refresh();
    }

    /** The edit that inserts the suggestion; ends completion. */
    public Edit accept(Suggestion s) {
        var edit = new Edit(current.from(), current.to(), s.text());
        dismiss();
        return edit;
    }

    public void dismiss() {
        active = false;
        showing.set(false);
        suggestions.clear();
    }

    /** Forgets the names read so far; they are read again when next needed. */
    public void invalidate() {
        generation++;
        cache.clear();
        loadingTables = false;
        loadingColumns.clear();
    }

    private void refresh() {
        current = SqlCompletion.complete(text, caret, cache);
        suggestions.setAll(current.suggestions());
        showing.set(active && !suggestions.isEmpty() && (!auto || current.afterDot()));
        if (current.needsData() && isReady()) {
            read(current);
        }
    }

    private void read(Completion c) {
        int gen = generation;
        if (c.needsTables() && !loadingTables) {
            loadingTables = true;
            runner.submit("Reading table names", ctx -> tablesBySchema(engine.catalog()),
                    tables -> tablesRead(gen, tables), e -> tablesRead(gen, Map.of()));
        }
        Set<TableName> wanted = new HashSet<>(c.needsColumns());
        wanted.removeAll(loadingColumns);
        wanted.removeIf(t -> cache.columns(t) != null); // a direct runner may have read them meanwhile
        if (!wanted.isEmpty()) {
            loadingColumns.addAll(wanted);
            runner.submit("Reading column names", ctx -> columnsOf(engine.catalog(), wanted),
                    cols -> columnsRead(gen, cols), e -> columnsRead(gen, noColumns(wanted)));
        }
    }

    private static Map<String, List<String>> tablesBySchema(CatalogService catalog) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SchemaSummary s : catalog.schemas()) {
            out.put(s.name(), catalog.tables(s.name()).stream().map(TableSummary::name).toList());
        }
        return out;
    }

    /** A table that cannot be read (dropped meanwhile, a name the statement got wrong) has no columns to offer. */
    private static Map<TableName, List<Column>> columnsOf(CatalogService catalog, Set<TableName> tables) {
        Map<TableName, List<Column>> out = new LinkedHashMap<>();
        for (TableName t : tables) {
            try {
                out.put(t, catalog.columns(t.schema(), t.table()));
            } catch (RuntimeException e) {
                out.put(t, List.of());
            }
        }
        return out;
    }

    private static Map<TableName, List<Column>> noColumns(Set<TableName> tables) {
        Map<TableName, List<Column>> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t, List.of()));
        return out;
    }

    private void tablesRead(int gen, Map<String, List<String>> tables) {
        if (gen != generation) {
            return;
        }
        loadingTables = false;
        cache.setTables(tables); // also when reading failed: an empty catalog, not a read on every key
        if (active) {
            refresh();
        }
    }

    private void columnsRead(int gen, Map<TableName, List<Column>> columns) {
        if (gen != generation) {
            return;
        }
        columns.forEach(cache::putColumns);
        loadingColumns.removeAll(columns.keySet());
        if (active) {
            refresh();
        }
    }

    private boolean isReady() {
        return engineStatus.getValue().state() == EngineState.READY;
    }

    /** The current suggestions, best first. */
    public ObservableList<Suggestion> suggestions() {
        return suggestionsView;
    }

    /** Whether the popup should show: completing, with something to propose. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Where the word being completed starts, for placing the popup. */
    public int wordStart() {
        return current.from();
    }
}
