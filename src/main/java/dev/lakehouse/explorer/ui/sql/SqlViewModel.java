package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.sql.QueryHistory;
import dev.lakehouse.explorer.engine.sql.QueryRecord;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.ui.common.ErrorText;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The SQL panel: runs the editor's selection (or all of it) as a script and opens each result in a tab of its own
 * ({@link ResultTabs}); records every run in the workspace's history; completes names; exports results. A failed
 * run is reported inline and opens no tab.
 */
public final class SqlViewModel {
    public static final int PAGE_SIZE = 200;
    private final Engine engine;
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<EngineStatus> engineStatus;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty selection = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper runStatus = new ReadOnlyStringWrapper(""); // wins over the tab's status
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private final ResultTabs tabs = new ResultTabs();
    private final CompletionViewModel completion;
    private final HistoryViewModel history;
    private final ExportViewModel export;
    private final BooleanBinding busy;
    private final BooleanBinding canRun;
    private final BooleanBinding canExport;
    private final StringBinding runBlockedReason;
    private Runnable onCatalogChanged = () -> { };
    private final ChangeListener<Object> tabChanged = (obs, old, now) -> tabStateChanged();
    private RunningTask current;

    public SqlViewModel(Engine engine, TaskRunner runner, ReadOnlyObjectProperty<EngineStatus> engineStatus,
                        QueryHistory historyStore) {
        this(engine, runner, engineStatus, historyStore, Clock.systemDefaultZone());
    }

    SqlViewModel(Engine engine, TaskRunner runner, ReadOnlyObjectProperty<EngineStatus> engineStatus,
                 QueryHistory historyStore, Clock clock) {
        this.engine = engine;
        this.runner = runner;
        this.engineStatus = engineStatus;
        this.clock = clock;
        completion = new CompletionViewModel(engine, runner, engineStatus);
        history = new HistoryViewModel(historyStore, runner);
        history.setOnOpen(text::set);
        export = new ExportViewModel(engine, runner, error);
        var selected = tabs.selectedProperty();
        busy = Bindings.createBooleanBinding(() -> running.get()
                || (selected.get() != null && selected.get().loadingMoreProperty().get()), running, selected);
        canRun = Bindings.createBooleanBinding(() -> !running.get() && isReady(), running, engineStatus);
        canExport = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().hasColumns()
                && !export.workingProperty().get() && isReady(), selected, export.workingProperty(), engineStatus);
        runBlockedReason = Bindings.createStringBinding(() -> blockedReason(engineStatus.get()), engineStatus);
        selected.addListener((obs, old, now) -> selectionChanged(old, now));
        runStatus.addListener(obs -> updateStatus());
    }

    /** Runs the selected text, or the whole editor when nothing is selected. */
    public void run() {
        String script = selection.get() == null || selection.get().isBlank() ? text.get() : selection.get();
        if (!canRun.get() || script == null || script.isBlank()) {
            return;
        }
        error.clear();
        completion.dismiss();
        running.set(true);
        runStatus.set("Running…");
        Instant started = clock.instant();
        current = runner.submit("Running query",
                ctx -> new OpenCursor(engine.sql().executeScript(script, PAGE_SIZE, ctx), engine.sql()),
                outcome -> showResult(script, started, outcome), t -> runFailed(script, started, t));
    }

    /** Stops the running query and the selected tab's page fetch. */
    public void cancel() {
        if (current != null && running.get()) {
            current.cancel();
        }
        if (tabs.selectedProperty().get() != null) {
            tabs.selectedProperty().get().cancelLoad();
        }
    }

    /** Fetches the next page of the selected result. */
    public void loadMore() {
        if (tabs.selectedProperty().get() != null) {
            tabs.selectedProperty().get().loadMore();
        }
    }

    /** Exports the selected result: the statement runs again and its whole result is written. */
    public void exportSelected(Path target) {
        if (canExport.get()) {
            export.exportResult(tabs.selectedProperty().get().statement(), target);
        }
    }

    private void showResult(String script, Instant started, OpenCursor outcome) {
        running.set(false);
        current = null;
        var tab = new ResultTabViewModel(engine.sql(), runner, outcome.result(), started, clock.getZone());
        tab.loadingMoreProperty().addListener(tabChanged);
        tabs.add(tab);
        runStatus.set("");
        ResultPage first = outcome.result().firstPage();
        history.record(QueryRecord.succeeded(script, started, elapsedSince(started),
                tab.hasColumns() ? (long) first.rows().size() : null, first.hasMore()));
        afterRun(script);
    }

    private void runFailed(String script, Instant started, Throwable t) {
        running.set(false);
        current = null;
        boolean cancelled = t instanceof JobCancelledException;
        if (!cancelled) {
            error.show(t);
        }
        runStatus.set(cancelled ? "Query cancelled" : "Query failed");
        history.record(QueryRecord.failed(script, started, elapsedSince(started),
                cancelled ? "Cancelled" : ErrorText.summary(t)));
        afterRun(script); // statements before a failing one stay applied
    }

    private void afterRun(String script) {
        if (SqlCompletion.mayChangeCatalog(script)) {
            completion.invalidate();
        }
        if (SqlCompletion.mayChangeTables(script)) {
            onCatalogChanged.run();
        }
    }

    /**
     * Called after a run whose statements may have changed the catalog or a table (DDL, DML, maintenance), so other
     * panels re-read what they show.
     */
    public void setOnCatalogChanged(Runnable listener) {
        onCatalogChanged = listener == null ? () -> { } : listener;
    }

    private long elapsedSince(Instant started) {
        return Math.max(0, Duration.between(started, clock.instant()).toMillis());
    }

    private void selectionChanged(ResultTabViewModel old, ResultTabViewModel now) {
        if (old != null) {
            old.statusProperty().removeListener(tabChanged);
        }
        if (now != null) {
            now.statusProperty().addListener(tabChanged);
        }
        if (!running.get()) {
            runStatus.set(""); // choosing a tab shows its status
        }
        tabStateChanged();
    }

    private void tabStateChanged() {
        busy.invalidate();
        canExport.invalidate();
        updateStatus();
    }

    private void updateStatus() {
        var tab = tabs.selectedProperty().get();
        status.set(!runStatus.get().isEmpty() ? runStatus.get() : tab == null ? "" : tab.statusProperty().get());
    }

    private boolean isReady() {
        return engineStatus.get().state() == EngineState.READY;
    }

    static String blockedReason(EngineStatus status) {
        return switch (status.state()) {
            case READY -> "";
            case STARTING -> "The engine is starting — queries can run when it is ready.";
            case STOPPED -> "The engine is not running.";
            case STOPPING -> "The engine is stopping.";
            case FAILED -> "The engine is unavailable: " + status.message();
        };
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The editor's selected text; the view keeps it current. */
    public StringProperty selectionProperty() {
        return selection;
    }

    public ResultTabs tabs() {
        return tabs;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** A query or the selected tab's page fetch is under way: what Cancel stops. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** A result with columns is selected and no export is under way. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** Why Run is disabled by the engine, empty when it is ready. */
    public StringBinding runBlockedReasonProperty() {
        return runBlockedReason;
    }

    /** What is happening now, else the selected result's row count and time. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The failed statement's (or export's) one-line message; empty when the last one succeeded. */
    public InlineError error() {
        return error;
    }

    public CompletionViewModel completion() {
        return completion;
    }

    public HistoryViewModel history() {
        return history;
    }

    public ExportViewModel export() {
        return export;
    }
}
