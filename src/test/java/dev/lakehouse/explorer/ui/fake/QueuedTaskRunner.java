package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.common.EngineCall;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskCentre;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A runner that holds each call until the test says {@link #runNext()}: the moments between submit and outcome
 * (Run disabled, Cancel enabled, a cancel arriving) become testable without threads. Cancelling follows the
 * {@link TaskRunner} contract: onFailure gets a JobCancelledException at once, a later result is discarded.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final Deque<Queued<?>> queue = new ArrayDeque<>();
    private final TaskCentre centre = new DirectTaskRunner().centre();

    @Override
    public <T> RunningTask submit(String title, EngineCall<T> call, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        var q = new Queued<>(title, call, onSuccess, onFailure);
        queue.add(q);
        return q;
    }

    @Override
    public TaskCentre centre() {
        return centre;
    }

    /** The task submitted last, e.g. to cancel it as the task centre would. */
    public RunningTask lastSubmitted() {
        return queue.getLast();
    }

    public int pending() {
        return queue.size();
    }

    /** Runs the oldest held call and delivers its outcome, unless it was cancelled. */
    public void runNext() {
        Queued<?> q = queue.remove();
        q.run();
    }

    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    private static final class Queued<T> implements RunningTask {
        private final String title;
        private final EngineCall<T> call;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private final JobContext ctx;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message;
        private boolean settled;

        Queued(String title, EngineCall<T> call, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.title = title;
            this.call = call;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.message = new ReadOnlyStringWrapper(title);
            this.ctx = JobContext.create(title, p -> {
                message.set(p.message());
                progress.set(p.fraction());
            });
        }

        void run() {
            T value;
            try {
                value = call.call(ctx);
            } catch (Exception e) {
                if (!settled) {
                    settled = true;
                    onFailure.accept(e);
                }
                return;
            }
            if (settled) {
                if (value instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception ignored) {
                        // as the real runner: nobody waits for it
                    }
                }
                return;
            }
            settled = true;
            onSuccess.accept(value);
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String jobId() {
            return ctx.id();
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
            if (!settled) {
                settled = true;
                onFailure.accept(new JobCancelledException(title + " was cancelled"));
            }
        }
    }
}
