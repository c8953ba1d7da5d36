package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.common.ValueFormat;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The SQL panel: runs the editor's selection (or all of it) as a script, shows the last statement's result page by
 * page, and reports a failed statement inline. One cursor is open at most; it is closed when the next query runs.
 */
public final class SqlViewModel {
    public static final int PAGE_SIZE = 200;
    private final Engine engine;
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<EngineStatus> engineStatus;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty selection = new SimpleStringProperty("");
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper statementOk = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private final BooleanBinding busy = running.or(loadingMore);
    private final BooleanBinding canRun;
    private final StringBinding runBlockedReason;
    private RunningTask current;
    private String cursorId;
    private long elapsedMillis;

    public SqlViewModel(Engine engine, TaskRunner runner, ReadOnlyObjectProperty<EngineStatus> engineStatus) {
        this.engine = engine;
        this.runner = runner;
        this.engineStatus = engineStatus;
        canRun = Bindings.createBooleanBinding(() -> !busy.get() && isReady(), busy, engineStatus);
        runBlockedReason = Bindings.createStringBinding(() -> blockedReason(engineStatus.get()), engineStatus);
    }

    /** Runs the selected text, or the whole editor when nothing is selected. */
    public void run() {
        String script = selection.get() == null || selection.get().isBlank() ? text.get() : selection.get();
        if (!canRun.get() || script == null || script.isBlank()) {
            return;
        }
        String previousCursor = cursorId;
        clearResult();
        running.set(true);
        status.set("Running…");
        current = runner.submit("Running query", ctx -> {
            if (previousCursor != null) {
                engine.sql().close(previousCursor);
            }
            return new OpenCursor(engine.sql().executeScript(script, PAGE_SIZE, ctx), engine.sql());
        }, this::showResult, this::queryFailed);
    }

    /** Fetches the next page of the open cursor. */
    public void loadMore() {
        if (!hasMore.get() || busy.get() || cursorId == null) {
            return;
        }
        String id = cursorId;
        loadingMore.set(true);
        current = runner.submit("Fetching more rows", ctx -> engine.sql().nextPage(id, PAGE_SIZE, ctx),
                this::appendPage, this::loadMoreFailed);
    }

    /** Stops the running query or page fetch. */
    public void cancel() {
        if (current != null && busy.get()) {
            current.cancel();
        }
    }

    private void showResult(OpenCursor outcome) {
        var result = outcome.result();
        ResultPage page = result.firstPage();
        running.set(false);
        current = null;
        elapsedMillis = result.elapsedMillis();
        cursorId = page.hasMore() ? result.cursorId() : null;
        rows.setAll(page.rows()); // rows before columns: the grid sizes its new columns to the first page
        columns.setAll(page.columns());
        hasMore.set(cursorId != null);
        statementOk.set(page.columns().isEmpty());
        updateStatus();
    }

    private void appendPage(ResultPage page) {
        loadingMore.set(false);
        current = null;
        rows.addAll(page.rows());
        if (!page.hasMore()) {
            cursorId = null; // the engine closed it after its last page
        }
        hasMore.set(cursorId != null);
        updateStatus();
    }

    private void queryFailed(Throwable t) {
        running.set(false);
        current = null;
        showFailure(t, "Query cancelled", "Query failed");
    }

    private void loadMoreFailed(Throwable t) {
        loadingMore.set(false);
        current = null;
        if (t instanceof JobCancelledException) {
            updateStatus(); // the rows so far stay; "Load more rows" can try again
        } else {
            showFailure(t, "", "Could not fetch more rows");
        }
    }

    private void showFailure(Throwable t, String cancelledStatus, String failedStatus) {
        if (t instanceof JobCancelledException) {
            status.set(cancelledStatus);
            return;
        }
        error.show(t);
        status.set(failedStatus);
    }

    private void clearResult() {
        cursorId = null;
        rows.clear();
        columns.clear();
        hasMore.set(false);
        statementOk.set(false);
        error.clear();
    }

    private void updateStatus() {
        String took = " · " + ValueFormat.duration(elapsedMillis);
        if (statementOk.get()) {
            status.set("Statement OK" + took);
        } else if (hasMore.get()) {
            status.set(ValueFormat.count(rows.size()) + " rows loaded, more available" + took);
        } else {
            status.set(ValueFormat.count(rows.size()) + (rows.size() == 1 ? " row" : " rows") + took);
        }
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

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<List<Object>> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingMoreProperty() {
        return loadingMore.getReadOnlyProperty();
    }

    /** A query or a page fetch is under way: what Cancel stops. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** The last statement returned no columns (DDL, INSERT): show "Statement OK", not an empty grid. */
    public ReadOnlyBooleanProperty statementOkProperty() {
        return statementOk.getReadOnlyProperty();
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** Why Run is disabled by the engine, empty when it is ready. */
    public StringBinding runBlockedReasonProperty() {
        return runBlockedReason;
    }

    /** Row count and elapsed time of the last result, or what is happening now. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The failed statement's one-line message; empty when the last run succeeded. */
    public InlineError error() {
        return error;
    }
}
