package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.WorkshopSetup;
import dev.lakehouse.explorer.ui.common.ErrorText;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.function.Consumer;

/**
 * "Workshop setup": the steps of {@link WorkshopSetup} run one after another through the task runner, each shown as
 * done, running or failed with its message; the first failure stops the run. Once the sample table is written it
 * can be opened in the Catalog or queried in the SQL panel.
 */
public final class WorkshopSetupViewModel {
    private final Services services;
    private final TaskRunner runner;
    private final List<WorkshopStep> steps = List.of(
            new WorkshopStep(1, "Create the local secret scope '" + WorkshopSetup.SCOPE + "'",
                    (setup, ctx) -> setup.createScope()),
            new WorkshopStep(2, "Store the Azurite development key as secret '" + WorkshopSetup.KEY_NAME + "'",
                    (setup, ctx) -> setup.storeKey()),
            new WorkshopStep(3, "Create the connection '" + WorkshopSetup.CONNECTION + "'",
                    (setup, ctx) -> setup.createConnection()),
            new WorkshopStep(4, "Test the connection", (setup, ctx) -> setup.testConnection()),
            new WorkshopStep(5, "Create the container and write " + WorkshopSetup.TABLE,
                    (setup, ctx) -> setup.writeSampleTable(ctx)));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper tableUri = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.StringProperty endpoint =
            new javafx.beans.property.SimpleStringProperty(WorkshopSetup.ENDPOINT);
    private final BooleanBinding tableReady = tableUri.isNotEmpty();
    private Consumer<String> onOpenTable = uri -> { };
    private Consumer<String> onOpenSql = sql -> { };
    private Runnable onChanged = () -> { };

    WorkshopSetupViewModel(Services services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
    }

    /** Runs every step from the first; what exists already is kept, so running again is safe. */
    public void run() {
        if (running.get()) {
            return;
        }
        steps.forEach(s -> s.set(StepState.PENDING, ""));
        tableUri.set("");
        running.set(true);
        runStep(0);
    }

    public void openInCatalog() {
        if (tableReady.get()) {
            onOpenTable.accept(tableUri.get());
        }
    }

    public void openSql() {
        if (tableReady.get()) {
            onOpenSql.accept(WorkshopSetup.selectSql(tableUri.get()));
        }
    }

    private void runStep(int index) {
        if (index == steps.size()) {
            running.set(false);
            onChanged.run();
            return;
        }
        WorkshopStep step = steps.get(index);
        step.set(StepState.RUNNING, "");
        runner.submit("Workshop setup: " + step.title(), ctx -> step.run(setup(), ctx), result -> {
            step.set(result.ok() ? StepState.DONE : StepState.FAILED, result.message());
            if (result.uri() != null) {
                tableUri.set(result.uri());
            }
            if (result.ok()) {
                runStep(index + 1);
            } else {
                stop();
            }
        }, failure -> {
            step.set(StepState.FAILED, ErrorText.summary(failure));
            stop();
        });
    }

    /** Steps 1–3 may have made a scope and a connection before a later one failed: the lists are read again. */
    private void stop() {
        running.set(false);
        onChanged.run();
    }

    private WorkshopSetup setup() {
        return new WorkshopSetup(services.secrets(), services.connections(), services.engine().sql(), endpoint.get());
    }

    /** Azurite's Blob endpoint the connection is made for (the default port is 10000). */
    public javafx.beans.property.StringProperty endpointProperty() {
        return endpoint;
    }

    public List<WorkshopStep> steps() {
        return steps;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The sample table's URI once it is written, else empty. */
    public ReadOnlyStringProperty tableUriProperty() {
        return tableUri.getReadOnlyProperty();
    }

    public BooleanBinding tableReadyProperty() {
        return tableReady;
    }

    void setOnOpenTable(Consumer<String> onOpenTable) {
        this.onOpenTable = onOpenTable;
    }

    void setOnOpenSql(Consumer<String> onOpenSql) {
        this.onOpenSql = onOpenSql;
    }

    /** Who hears that the setup made or changed scopes, connections or the sample table. */
    void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }
}
