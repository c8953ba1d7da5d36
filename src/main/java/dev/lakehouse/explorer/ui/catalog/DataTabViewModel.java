package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The Data tab. The first pages come compute-free from the table reader, in file order (also before Spark is
 * ready); once the user sorts or filters, Spark runs the query and further pages come from its cursor. The row
 * count ({@link RowCountViewModel}) runs in the background. Exports live in {@link ExportViewModel}.
 */
public final class DataTabViewModel {
    public static final int PAGE_SIZE = 200;
    private final TablePageViewModel page;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    private final ObservableList<TableQuery.SortKey> sort = FXCollections.observableArrayList();
    private final ObservableList<TableQuery.SortKey> sortView = FXCollections.unmodifiableObservableList(sort);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper appliedFilter = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sparkQuery = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private final ExportViewModel export;
    private final RowCountViewModel count;
    private String cursorId;
    private long generation;

    DataTabViewModel(TablePageViewModel page) {
        this.page = page;
        this.export = new ExportViewModel(page, this::query);
        this.count = new RowCountViewModel(page);
    }

    /** Reads the first page of the shown version with the current sort and filter, and counts its rows. */
    void load() {
        long g = ++generation;
        String previousCursor = takeCursor();
        error.clear();
        rows.clear();
        hasMore.set(false);
        loading.set(true);
        status.set("Reading rows…");
        var table = page.ref();
        Long version = page.version();
        if (sort.isEmpty() && appliedFilter.get().isEmpty()) {
            sparkQuery.set(false);
            page.runner().submit("Reading the first rows of " + page.title(),
                    ctx -> page.engine().tables().firstRows(table, version, PAGE_SIZE),
                    p -> { if (g == generation) { showFirstPage(p, null); } }, t -> failed(g, t));
        } else {
            sparkQuery.set(true);
            TableQuery query = query();
            page.runner().submit("Querying " + page.title(), ctx -> {
                closeQuietly(previousCursor);
                return new OpenRows(DeltaAccess.delta(page.engine()).rows(table, query, PAGE_SIZE, ctx),
                        page.engine().sql());
            }, open -> accept(g, open), t -> failed(g, t));
        }
        if (previousCursor != null && !sparkQuery.get()) {
            page.runner().submit("Closing a result", ctx -> { closeQuietly(previousCursor); return null; },
                    x -> { }, t -> { });
        }
        count.start(query());
    }

    /** Sorts by these keys (first = primary) in Spark; an empty list goes back to file order. */
    public void sortBy(List<TableQuery.SortKey> keys) {
        if (!keys.equals(sort)) {
            sort.setAll(keys);
            load();
        }
    }

    /** Applies the filter text as a SQL condition; blank removes the filter. */
    public void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().trim();
        if (!text.equals(appliedFilter.get())) {
            appliedFilter.set(text);
            load();
        }
    }

    public void clearFilter() {
        filter.set("");
        applyFilter();
    }

    /** Fetches the next page: from Spark's cursor, or, in file order, the reader's next rows. */
    public void loadMore() {
        if (!hasMore.get() || loading.get()) {
            return;
        }
        long g = generation;
        loading.set(true);
        if (sparkQuery.get()) {
            String id = cursorId;
            page.runner().submit("Fetching more rows", ctx -> page.engine().sql().nextPage(id, PAGE_SIZE, ctx),
                    p -> { if (g == generation) { appendPage(p, p.hasMore() ? id : null); } }, t -> failed(g, t));
        } else {
            // The reader has no cursor: read a longer prefix and keep its tail. File order makes the prefix stable.
            int have = rows.size();
            var table = page.ref();
            Long version = page.version();
            page.runner().submit("Reading more rows of " + page.title(),
                    ctx -> page.engine().tables().firstRows(table, version, have + PAGE_SIZE), p -> {
                        if (g == generation) {
                            appendPage(new ResultPage(p.columns(), p.rows().subList(Math.min(have, p.rows().size()),
                                    p.rows().size()), p.hasMore()), null);
                        }
                    }, t -> failed(g, t));
        }
    }

    void engineReady() {
        count.engineReady();
    }

    void dispose() {
        generation++;
        count.cancel();
        String id = takeCursor();
        if (id != null) {
            page.runner().submit("Closing a result", ctx -> { closeQuietly(id); return null; }, x -> { }, t -> { });
        }
    }

    TableQuery query() {
        String f = appliedFilter.get();
        return new TableQuery(page.version(), null, List.copyOf(sort), f.isEmpty() ? null : f);
    }

    private void accept(long g, OpenRows open) {
        if (g != generation) {
            open.close(); // superseded while it ran
            return;
        }
        showFirstPage(open.result().firstPage(), open.result().cursorId());
    }

    private void showFirstPage(ResultPage p, String cursor) {
        loading.set(false);
        cursorId = p.hasMore() ? cursor : null;
        // Unchanged columns stay, keeping the grid's sort arrows. Changed ones (another version's schema) go first:
        // the grid must never hold rows wider than its columns; then rows before columns, so the grid sizes the new
        // columns to the first page.
        boolean sameColumns = columns.equals(p.columns());
        if (!sameColumns) {
            columns.clear();
        }
        rows.setAll(p.rows());
        if (!sameColumns) {
            columns.setAll(p.columns());
        }
        hasMore.set(p.hasMore());
        updateStatus();
    }

    private void appendPage(ResultPage p, String nextCursor) {
        loading.set(false);
        cursorId = nextCursor;
        rows.addAll(p.rows());
        hasMore.set(p.hasMore());
        updateStatus();
    }

    private void failed(long g, Throwable t) {
        if (g != generation) {
            return;
        }
        loading.set(false);
        if (t instanceof JobCancelledException) {
            updateStatus();
            return;
        }
        error.show(t);
        status.set("");
    }

    private void updateStatus() {
        String shown = ValueFormat.count(rows.size()) + (rows.size() == 1 ? " row" : " rows");
        String order = sparkQuery.get() ? "" : " in file order";
        status.set(shown + " shown" + order + (hasMore.get() ? " · more available" : ""));
    }

    private String takeCursor() {
        String id = cursorId;
        cursorId = null;
        return id;
    }

    private void closeQuietly(String id) {
        if (id != null) {
            page.engine().sql().close(id);
        }
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<List<Object>> rows() {
        return rows;
    }

    /** The sort keys Spark applies, first = primary; empty for file order. */
    public ObservableList<TableQuery.SortKey> sort() {
        return sortView;
    }

    /** The filter being typed; {@link #applyFilter()} makes it count. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty appliedFilterProperty() {
        return appliedFilter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** True when Spark serves the rows (sorted or filtered), false for the compute-free first pages. */
    public ReadOnlyBooleanProperty sparkQueryProperty() {
        return sparkQuery.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The background row count of the tab's query. */
    public RowCountViewModel count() {
        return count;
    }

    public InlineError error() {
        return error;
    }

    public ExportViewModel export() {
        return export;
    }
}
