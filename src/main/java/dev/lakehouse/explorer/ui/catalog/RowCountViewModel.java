package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.ui.common.ErrorText;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Data tab's row count: counted by Spark in the background for the tab's query, cancellable, and started only
 * once the engine is ready (a worker should not sit waiting for Spark to start for a figure nobody asked for).
 */
public final class RowCountViewModel {
    private final TablePageViewModel page;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper();
    private RunningTask task;
    private TableQuery waiting;
    private long generation;

    RowCountViewModel(TablePageViewModel page) {
        this.page = page;
    }

    /** Counts the rows of {@code query}, replacing any count under way. */
    void start(TableQuery query) {
        cancel();
        long g = ++generation;
        if (!page.engineReady()) {
            waiting = query;
            text.set("Row count follows when the engine is ready");
            return;
        }
        waiting = null;
        var table = page.ref();
        counting.set(true);
        text.set("counting…");
        task = page.runner().submit("Counting the rows of " + page.title(),
                ctx -> DeltaAccess.delta(page.engine()).count(table, query, ctx), n -> {
                    if (g == generation) {
                        counting.set(false);
                        text.set(ValueFormat.count(n) + (n == 1 ? " row" : " rows")
                                + (query.filter() == null ? "" : " match the filter"));
                    }
                }, t -> {
                    if (g == generation) {
                        counting.set(false);
                        text.set(t instanceof JobCancelledException ? "Count cancelled"
                                : "Rows not counted: " + ErrorText.summary(t));
                    }
                });
    }

    void engineReady() {
        if (waiting != null) {
            start(waiting);
        }
    }

    /** Stops the count under way. */
    public void cancel() {
        if (task != null && counting.get()) {
            task.cancel();
        }
    }

    /** "counting…", then "1,234 rows" (or why not). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }
}
