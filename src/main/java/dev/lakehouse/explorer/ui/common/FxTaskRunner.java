package dev.lakehouse.explorer.ui.common;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import dev.lakehouse.explorer.engine.jobs.JobService;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The application's {@link TaskRunner}: each call runs as a {@link Task} on a pool of daemon threads, so a
 * forgotten task never keeps the JVM alive; callbacks arrive on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final JobService jobs;
    private final ExecutorService workers;
    private final TaskCentre centre = new TaskCentre();

    /**
     * @param jobs cancels engine jobs; called on a worker thread, so it may be {@code id -> engine.jobs().cancel(id)}
     */
    public FxTaskRunner(JobService jobs) {
        this.jobs = jobs;
        this.workers = Executors.newCachedThreadPool(daemonThreads());
    }

    @Override
    public <T> RunningTask submit(String title, EngineCall<T> call, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        var job = new Job<>(title, call);
        Runnable cancelled = () -> onFailure.accept(new JobCancelledException(title + " was cancelled"));
        // A call can finish between cancel's two steps (settled, then the Task cancelled): the Task then succeeds
        // without a value, after cancel was asked for, and the caller must hear "cancelled".
        job.setOnSucceeded(e -> settle(job, job.cancelRequested ? cancelled : () -> onSuccess.accept(job.getValue())));
        job.setOnFailed(e -> settle(job, job.cancelRequested ? cancelled : () -> onFailure.accept(job.getException())));
        job.setOnCancelled(e -> settle(job, cancelled));
        try {
            workers.execute(job);
        } catch (RejectedExecutionException closed) {
            // After close() (the window is shutting down) a late callback may still submit work, e.g. a result
            // arriving records itself in the history: it is not started, and settles as cancelled.
            job.settled.set(true);
            onFailure.accept(new JobCancelledException(title + " was not started: the app is closing"));
            return job.handle;
        }
        centre.add(job.handle);
        return job.handle;
    }

    @Override
    public TaskCentre centre() {
        return centre;
    }

    /** Runs on the FX thread; the first outcome of a job is delivered, a second one (cancelled, then succeeded) not. */
    private void settle(Job<?> job, Runnable callback) {
        if (job.delivered) {
            return;
        }
        job.delivered = true;
        centre.remove(job.handle);
        callback.run();
    }

    /**
     * Starts no more work. Work under way runs to its end on its daemon thread, never interrupted: an interrupt
     * closes the NIO channels Derby and Parquet writers use (as with cancel), which would break the metastore for
     * whatever still uses it — the app's engine stops first, a test's shared engine goes on.
     */
    @Override
    public void close() {
        workers.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        var count = new AtomicInteger();
        return r -> {
            var t = new Thread(r, "lakehouse-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The FX task; kept apart from {@link RunningTask} because {@code Task.cancel()} is final and boolean. */
    private final class Job<T> extends Task<T> {
        private final EngineCall<T> call;
        private final JobContext ctx;
        // Set once by whichever comes first: the call returning on the worker, or cancel() on the FX thread.
        private final AtomicBoolean settled = new AtomicBoolean();
        private final RunningTask handle;
        private volatile boolean cancelRequested;
        private boolean delivered; // FX thread only

        Job(String title, EngineCall<T> call) {
            this.call = call;
            this.ctx = JobContext.create(title, this::report);
            this.handle = new Handle(this, title);
            updateProgress(-1, 1);
            updateMessage(title);
        }

        @Override
        protected T call() throws Exception {
            T value;
            try {
                value = call.call(ctx);
            } catch (Exception | Error e) {
                if (settled.compareAndSet(false, true)) {
                    throw e;
                }
                return null; // cancelled meanwhile: its failure is expected and already reported
            }
            if (!settled.compareAndSet(false, true)) {
                discard(value);
                return null;
            }
            return value;
        }

        private void report(JobProgress p) {
            updateProgress(p.fraction(), 1);
            if (p.message() != null && !p.message().isBlank()) {
                updateMessage(p.message());
            }
        }

        void requestCancel() {
            if (settled.compareAndSet(false, true)) {
                cancelRequested = true;
                workers.execute(() -> jobs.cancel(ctx.id()));
                // No interrupt: an interrupted thread closes the NIO channels Derby and Parquet writers still use.
                cancel(false);
            }
        }
    }

    private record Handle(Job<?> job, String title) implements RunningTask {
        @Override
        public String jobId() {
            return job.ctx.id();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return job.progressProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return job.messageProperty();
        }

        @Override
        public void cancel() {
            job.requestCancel();
        }
    }

    static void discard(Object value) {
        if (value instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Nobody waits for this result any more; a failed release has no one to tell.
            }
        }
    }
}
