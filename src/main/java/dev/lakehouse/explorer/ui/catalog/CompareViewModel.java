package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.DiffOptions;
import dev.lakehouse.explorer.engine.delta.SchemaDiff;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.delta.VersionDiff;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowChange;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * "Compare versions": two versions, the key columns that identify a row across them (suggested from the MERGEs in
 * the history), and what changed — the schema, the counts, and the differing rows with their changed cells.
 */
public final class CompareViewModel {
    static final int ROW_LIMIT = 500;
    private final TablePageViewModel page;
    private final ObservableList<Long> versions = FXCollections.observableArrayList();
    private final ObjectProperty<Long> fromVersion = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> toVersion = new SimpleObjectProperty<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> keyColumns = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyHint = new ReadOnlyStringWrapper("");
    private final ObservableList<String> schemaChanges = FXCollections.observableArrayList();
    private final ObservableList<String> diffColumns = FXCollections.observableArrayList();
    private final ObservableList<RowChange> diffRows = FXCollections.observableArrayList();
    private final InlineError error = new InlineError();
    private boolean active;
    private boolean keySuggested;
    private RunningTask task;
    private Choice shown;
    private List<String> suggestedKey = List.of();

    /** One cell of the diff grid: its text and whether the value changed between the versions. */
    public record DiffCell(String text, boolean changed) {
    }

    /** What a comparison was run for. */
    private record Choice(Long from, Long to, List<String> keys) {
    }

    CompareViewModel(TablePageViewModel page) {
        this.page = page;
        fromVersion.addListener(o -> dropStaleResult());
        toVersion.addListener(o -> dropStaleResult());
        keyColumns.addListener((ListChangeListener<String>) c -> dropStaleResult());
    }

    /** The tab is shown: suggest a key from the history (once, and only while the user has chosen none). */
    public void activate() {
        active = true;
        suggestKey();
    }

    public void run() {
        error.clear();
        Long from = fromVersion.get();
        Long to = toVersion.get();
        if (from == null || to == null || from.equals(to)) {
            error.show(new InvalidRequestException("Choose two different versions to compare."));
            return;
        }
        var table = page.ref();
        var choice = new Choice(from, to, List.copyOf(keyColumns));
        var options = new DiffOptions(choice.keys(), true, ROW_LIMIT);
        running.set(true);
        summary.set("Comparing version " + from + " with version " + to + "…");
        task = page.runner().submit("Comparing versions " + from + " and " + to + " of " + page.title(),
                ctx -> DeltaAccess.delta(page.engine()).diff(table, from, to, options, ctx), d -> show(choice, d), t -> {
                    running.set(false);
                    summary.set(t instanceof JobCancelledException ? "Comparison cancelled" : "");
                    if (!(t instanceof JobCancelledException)) {
                        error.show(t);
                    }
                });
    }

    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    void engineReady() {
        if (active) {
            suggestKey();
        }
    }

    void historyChanged(List<TableVersion> history) {
        boolean toLatest = !versions.isEmpty() && Objects.equals(toVersion.get(), versions.get(0));
        versions.setAll(history.stream().filter(TableVersion::readable).map(TableVersion::version).toList());
        if (!versions.contains(toVersion.get()) || toLatest) { // "to" at the latest follows new commits
            toVersion.set(versions.isEmpty() ? null : versions.get(0));
        }
        if (!versions.contains(fromVersion.get()) || Objects.equals(fromVersion.get(), toVersion.get())) {
            fromVersion.set(versions.size() < 2 ? null : versions.get(1));
        }
    }

    void columnsChanged(List<String> names) {
        columns.setAll(names);
        keyColumns.retainAll(names);
        applySuggestedKey();
    }

    private void suggestKey() {
        if (keySuggested || !page.engineReady() || page.ref() == null) {
            return;
        }
        keySuggested = true;
        var table = page.ref();
        page.runner().submit("Suggesting a key for " + page.title(),
                ctx -> DeltaAccess.delta(page.engine()).suggestedKey(table, ctx), key -> {
                    suggestedKey = key;
                    applySuggestedKey();
                }, t -> keyHint.set("")); // a missing suggestion is no error: the user picks the key
    }

    /** Ticks the suggested key once its columns are known (the schema may arrive after it), unless the user chose. */
    private void applySuggestedKey() {
        List<String> usable = suggestedKey.stream().filter(columns::contains).toList();
        if (!usable.isEmpty()) {
            if (keyColumns.isEmpty()) {
                keyColumns.setAll(usable);
                keyHint.set("Key suggested by the table's MERGE history");
            }
            suggestedKey = List.of(); // offered once: a key the user clears later stays cleared
        }
    }

    private void show(Choice choice, VersionDiff diff) {
        running.set(false);
        shown = choice;
        var c = diff.counts();
        summary.set(ValueFormat.count(c.added()) + " added · " + ValueFormat.count(c.removed()) + " removed · "
                + (diff.keyColumns().isEmpty() ? "changes need key columns" : ValueFormat.count(c.changed()) + " changed")
                + " — compared by " + diff.method()
                + (diff.rows().size() >= ROW_LIMIT ? " · first " + ROW_LIMIT + " differing rows shown" : ""));
        schemaChanges.setAll(schemaLines(diff.schema()));
        diffRows.clear();
        diffColumns.setAll(columnsOf(diff.rows()));
        diffRows.setAll(diff.rows());
        dropStaleResult(); // the user chose other versions or keys while it ran
    }

    /** A result stays only while the versions and keys chosen are the ones it was compared by. */
    private void dropStaleResult() {
        if (shown != null && !shown.equals(new Choice(fromVersion.get(), toVersion.get(), List.copyOf(keyColumns)))) {
            shown = null;
            schemaChanges.clear();
            diffRows.clear();
            diffColumns.clear();
            if (!running.get()) {
                summary.set("");
            }
        }
    }

    static List<String> schemaLines(SchemaDiff schema) {
        List<String> lines = new ArrayList<>();
        schema.added().forEach(c -> lines.add("+ " + c + " added"));
        schema.removed().forEach(c -> lines.add("− " + c + " removed"));
        schema.changed().forEach(c -> lines.add("~ " + c.column() + ": " + c.fromType() + " → " + c.toType()));
        return lines;
    }

    private List<String> columnsOf(List<RowChange> rows) {
        Set<String> seen = new LinkedHashSet<>();
        for (RowChange r : rows) {
            seen.addAll(r.before().keySet());
            seen.addAll(r.after().keySet());
        }
        List<String> ordered = new ArrayList<>(columns.stream().filter(seen::contains).toList());
        seen.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }

    /** The text of one cell: the new value, the old one for a removed row, "old → new" for a changed value. */
    public static DiffCell cell(RowChange row, String column) {
        boolean changed = row.kind() == RowChange.Kind.CHANGED && row.changedColumns().contains(column);
        if (changed) {
            return new DiffCell(ValueFormat.format(row.before().get(column)) + " → "
                    + ValueFormat.format(row.after().get(column)), true);
        }
        var values = row.kind() == RowChange.Kind.REMOVED ? row.before() : row.after();
        return new DiffCell(values.containsKey(column) ? ValueFormat.format(values.get(column)) : "", false);
    }

    /** Readable versions to choose from, newest first. */
    public ObservableList<Long> versions() {
        return versions;
    }

    public ObjectProperty<Long> fromVersionProperty() {
        return fromVersion;
    }

    public ObjectProperty<Long> toVersionProperty() {
        return toVersion;
    }

    /** The columns keys can be chosen from. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** The chosen key columns; empty compares whole rows (added and removed only). */
    public ObservableList<String> keyColumns() {
        return keyColumns;
    }

    public ReadOnlyStringProperty keyHintProperty() {
        return keyHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "12 added · 3 removed · 5 changed — compared by change data feed". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line per schema change: "+ c added", "− c removed", "~ c: int → bigint". */
    public ObservableList<String> schemaChanges() {
        return schemaChanges;
    }

    public ObservableList<String> diffColumns() {
        return diffColumns;
    }

    public ObservableList<RowChange> diffRows() {
        return diffRows;
    }

    public InlineError error() {
        return error;
    }
}
