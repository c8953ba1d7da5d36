package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.ConnectionTestResult;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "Test connection" of a saved connection: runs the engine's checks and shows each as a row. */
public final class ConnectionTestViewModel {
    private final Services services;
    private final TaskRunner runner;
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private long generation; // a test of a connection no longer shown is dropped

    ConnectionTestViewModel(Services services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
    }

    /** Tests the saved connection of this name. */
    public void test(String name) {
        if (running.get()) {
            return;
        }
        clear();
        long mine = generation;
        running.set(true);
        summary.set("Testing '" + name + "'…");
        RunningTask task = runner.submit("Testing connection " + name, ctx -> services.connections().test(name),
                result -> { if (mine == generation) showResult(result); },
                failure -> { if (mine == generation) failed(failure); });
        if (running.get()) {
            progress.bind(task.messageProperty());
        }
    }

    /** Forgets the last result (another connection is shown). */
    void clear() {
        generation++;
        progress.unbind();
        progress.set("");
        running.set(false);
        rows.clear();
        summary.set("");
        error.clear();
    }

    private void showResult(ConnectionTestResult result) {
        done();
        result.checks().stream().map(CheckRow::of).forEach(rows::add);
        long passed = result.checks().stream().filter(c -> c.ok()).count();
        summary.set(result.ok() ? "All " + passed + " checks passed."
                : "Stopped at a failed check (" + passed + " of " + result.checks().size() + " passed).");
    }

    private void failed(Throwable failure) {
        done();
        summary.set("");
        error.show(failure);
    }

    private void done() {
        progress.unbind();
        progress.set("");
        running.set(false);
    }

    public ObservableList<CheckRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line over the rows: "All 5 checks passed.", or where it stopped. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the running test reports now. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }
}
