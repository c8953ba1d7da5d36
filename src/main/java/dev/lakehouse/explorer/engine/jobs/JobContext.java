package dev.lakehouse.explorer.engine.jobs;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Identifies one piece of user-visible work and receives its progress. The engine tags every Spark job it starts
 * for this work with {@link #id()}, so that {@link JobService#cancel(String)} can stop exactly this work.
 *
 * @param id       unique job id (also the Spark job group)
 * @param title    what the user sees in the task centre
 * @param progress receives progress updates, possibly from non-UI threads
 */
public record JobContext(String id, String title, Consumer<JobProgress> progress) {

    public static JobContext create(String title, Consumer<JobProgress> progress) {
        return new JobContext("lx-" + UUID.randomUUID(), title, progress);
    }

    /** A context for work nobody watches (command line, tests). */
    public static JobContext silent(String title) {
        return create(title, p -> { });
    }

    public void report(JobProgress p) {
        progress.accept(p);
    }
}
