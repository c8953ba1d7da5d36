package dev.lakehouse.explorer.ui.common;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;

/**
 * Runs each call at once on the calling thread: for view-model tests and other places without a UI thread. By the
 * time {@link #submit} returns, the task has settled, so {@link RunningTask#cancel()} does nothing.
 */
public final class DirectTaskRunner implements TaskRunner {
    private final TaskCentre centre = new TaskCentre();

    @Override
    public <T> RunningTask submit(String title, EngineCall<T> call, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        var task = new DirectTask(title);
        var ctx = JobContext.create(title, p -> {
            task.progress.set(p.fraction());
            task.message.set(p.message());
        });
        task.jobId = ctx.id();
        centre.add(task);
        T value;
        try {
            value = call.call(ctx);
        } catch (Exception e) {
            centre.remove(task);
            onFailure.accept(e);
            return task;
        }
        centre.remove(task);
        onSuccess.accept(value);
        return task;
    }

    @Override
    public TaskCentre centre() {
        return centre;
    }

    private static final class DirectTask implements RunningTask {
        private final String title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message;
        private String jobId;

        DirectTask(String title) {
            this.title = title;
            this.message = new ReadOnlyStringWrapper(title);
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String jobId() {
            return jobId;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            // Already settled: the call ran inside submit().
        }
    }
}
