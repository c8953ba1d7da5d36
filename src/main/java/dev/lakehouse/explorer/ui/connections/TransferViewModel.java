package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.ui.common.EngineCall;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.Sizes;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The browser's one upload or download at a time, with its progress and Cancel. A transfer stops through
 * {@code StorageService.cancel(jobId)} — the id of the task's job context, which the runner hands out as
 * {@link RunningTask#jobId()} — while {@link RunningTask#cancel()} frees the UI at once.
 */
public final class TransferViewModel {
    private final Services services;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private RunningTask task;

    TransferViewModel(Services services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
    }

    /**
     * Runs one transfer returning its byte count; {@code done} hears "Uploaded x (2.0 KiB)." style words.
     *
     * @param title what the task centre and the progress line say ("Uploading houses.csv")
     * @param past  how the notice starts once it is done ("Uploaded houses.csv")
     */
    void start(String title, String past, EngineCall<Long> call, Runnable done) {
        if (running.get()) {
            return;
        }
        notice.set("");
        error.clear();
        running.set(true);
        message.set(title + "…");
        RunningTask started = runner.submit(title, call, bytes -> {
            finish();
            notice.set(past + " (" + Sizes.human(bytes) + ").");
            done.run();
        }, failure -> {
            finish();
            if (failure instanceof JobCancelledException) {
                notice.set(title + " was cancelled.");
            } else {
                error.show(failure);
            }
        });
        if (running.get()) { // a runner that ran the call already has settled
            task = started;
            progress.bind(started.progressProperty());
            message.bind(started.messageProperty());
        }
    }

    /** Stops the running transfer: the UI is free at once, the engine stops moving bytes soon after. */
    public void cancel() {
        RunningTask current = task;
        if (current == null) {
            return;
        }
        String jobId = current.jobId();
        current.cancel();
        runner.submit("Stopping the transfer", ctx -> {
            services.storage().cancel(jobId);
            return jobId;
        }, id -> { }, error::show);
    }

    private void finish() {
        task = null;
        progress.unbind();
        message.unbind();
        progress.set(-1);
        message.set("");
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done, -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearMessages() {
        notice.set("");
        error.clear();
    }

    public InlineError error() {
        return error;
    }
}
