package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.WorkshopSetup;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.BiFunction;

/** One numbered step of the workshop setup as the page shows it: its title, state and last message. */
public final class WorkshopStep {
    private final int number;
    private final String title;
    private final BiFunction<WorkshopSetup, JobContext, WorkshopSetup.StepResult> action;
    private final ReadOnlyObjectWrapper<StepState> state = new ReadOnlyObjectWrapper<>(StepState.PENDING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    WorkshopStep(int number, String title, BiFunction<WorkshopSetup, JobContext, WorkshopSetup.StepResult> action) {
        this.number = number;
        this.title = title;
        this.action = action;
    }

    WorkshopSetup.StepResult run(WorkshopSetup setup, JobContext ctx) {
        return action.apply(setup, ctx);
    }

    void set(StepState next, String text) {
        state.set(next);
        message.set(text);
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public ReadOnlyObjectProperty<StepState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
