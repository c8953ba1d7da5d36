package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.engine.sql.SqlService;
import dev.lakehouse.explorer.ui.common.ErrorText;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One result tab: a statement's result, paged in on "Load more rows" through its own cursor, shown as a grid or a
 * chart. Closing the tab releases the cursor.
 */
public final class ResultTabViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int TITLE_CHARS = 28;
    private final SqlService sql;
    private final TaskRunner runner;
    private final String statement;
    private final String title;
    private final long elapsedMillis;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper();
    private final BooleanProperty pinned = new SimpleBooleanProperty();
    private final ObjectProperty<ResultMode> mode = new SimpleObjectProperty<>(ResultMode.GRID);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ChartViewModel chart;
    private String cursorId;
    private RunningTask loading;
    private boolean closed;

    ResultTabViewModel(SqlService sql, TaskRunner runner, QueryResult result, Instant ranAt, ZoneId zone) {
        this.sql = sql;
        this.runner = runner;
        this.statement = result.statement();
        this.title = shortText(statement) + " · " + TIME.format(ranAt.atZone(zone));
        this.elapsedMillis = result.elapsedMillis();
        ResultPage page = result.firstPage();
        cursorId = page.hasMore() ? result.cursorId() : null;
        rows.setAll(page.rows()); // rows before columns: the grid sizes its new columns to the first page
        columns.setAll(page.columns());
        hasMore.set(cursorId != null);
        chart = new ChartViewModel(columns, rows, hasMore);
        chart.activeProperty().bind(mode.isEqualTo(ResultMode.CHART));
        updateStatus();
    }

    /** Fetches the next page of this tab's cursor. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore.get() || closed) {
            return;
        }
        String id = cursorId;
        loadingMore.set(true);
        loading = runner.submit("Fetching more rows", ctx -> sql.nextPage(id, SqlViewModel.PAGE_SIZE, ctx),
                this::appendPage, this::loadFailed);
    }

    /** Stops a page fetch; the rows so far stay. */
    public void cancelLoad() {
        if (loading != null && loadingMore.get()) {
            loading.cancel();
        }
    }

    /** Stops a fetch and releases the cursor; called when the tab closes. */
    void close() {
        closed = true;
        cancelLoad();
        if (cursorId != null) {
            String id = cursorId;
            cursorId = null;
            runner.submit("Closing a result", ctx -> {
                sql.close(id);
                return id;
            }, done -> { }, e -> { }); // releasing is best effort: the engine forgets cursors when it stops anyway
        }
    }

    private void appendPage(ResultPage page) {
        loadingMore.set(false);
        loading = null;
        if (closed) {
            return;
        }
        rows.addAll(page.rows());
        if (!page.hasMore()) {
            cursorId = null; // the engine closed it after its last page
        }
        hasMore.set(cursorId != null);
        updateStatus();
    }

    private void loadFailed(Throwable t) {
        loadingMore.set(false);
        loading = null;
        if (t instanceof JobCancelledException) {
            updateStatus(); // "Load more rows" can try again
        } else {
            status.set("Could not fetch more rows: " + ErrorText.summary(t));
        }
    }

    private void updateStatus() {
        String took = " · " + ValueFormat.duration(elapsedMillis);
        if (columns.isEmpty()) {
            status.set("Statement OK" + took);
        } else if (hasMore.get()) {
            status.set(ValueFormat.count(rows.size()) + " rows loaded, more available" + took);
        } else {
            status.set(ValueFormat.count(rows.size()) + (rows.size() == 1 ? " row" : " rows") + took);
        }
    }

    static String shortText(String statement) {
        String one = statement.strip().replaceAll("\\s+", " ");
        return one.length() <= TITLE_CHARS ? one : one.substring(0, TITLE_CHARS - 1) + "…";
    }

    /** The statement that gave this result: the last one of the script that ran. */
    public String statement() {
        return statement;
    }

    /** Short statement and the time it ran: {@code SELECT * FROM bronze.ord… · 14:03:12}. */
    public String title() {
        return title;
    }

    /** Whether the result has columns: a grid, a chart and an export make sense (not after DDL). */
    public boolean hasColumns() {
        return !columns.isEmpty();
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<List<Object>> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingMoreProperty() {
        return loadingMore.getReadOnlyProperty();
    }

    /** A pinned tab is never closed to make room for new results. */
    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    public ObjectProperty<ResultMode> modeProperty() {
        return mode;
    }

    /** Row count and time: {@code 200 rows loaded, more available · 1.2 s}. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ChartViewModel chart() {
        return chart;
    }
}
