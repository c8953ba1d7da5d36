package dev.lakehouse.explorer.engine.jobs;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Identifies one piece of user-visible work and receives its progress. The engine tags every Spark job it starts
 * for this work with {@link #id()}, so that {@link JobService#cancel(String)} can stop exactly this work. A long
 * piece of work names its current step ({@link #step}); Spark's task counts are then reported under that step.
 */
public final class JobContext {
    private final String id;
    private final String title;
    private final Consumer<JobProgress> progress;
    private volatile String step;

    private JobContext(String id, String title, Consumer<JobProgress> progress) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.progress = Objects.requireNonNull(progress);
    }

    public static JobContext create(String title, Consumer<JobProgress> progress) {
        return new JobContext("lx-" + UUID.randomUUID(), title, progress);
    }

    /** A context for work nobody watches (command line, tests). */
    public static JobContext silent(String title) {
        return create(title, p -> { });
    }

    /** Unique job id, also the Spark job group. */
    public String id() {
        return id;
    }

    /** What the user sees in the task centre. */
    public String title() {
        return title;
    }

    public void report(JobProgress p) {
        progress.accept(p);
    }

    /** Names the step the work is on now ("Loading bronze.houses (1/4)") and reports it. */
    public void step(String message) {
        step = message;
        report(JobProgress.message(id, message));
    }

    /** The current step, or the title before the first step. */
    public String currentStep() {
        String s = step;
        return s == null ? title : s;
    }

    @Override
    public String toString() {
        return title + " [" + id + "]";
    }
}
