package dev.lakehouse.explorer.engine.jobs;

/**
 * Engine-neutral progress of one piece of work.
 *
 * @param jobId        the {@link JobContext#id()}
 * @param message      what is happening now ("Loading bronze.orders_raw")
 * @param sparkJobs    Spark jobs started so far for this work
 * @param stagesDone   completed stages
 * @param stagesTotal  known stages
 * @param tasksDone    completed tasks of the known stages
 * @param tasksTotal   tasks of the known stages
 */
public record JobProgress(String jobId, String message, int sparkJobs, int stagesDone, int stagesTotal,
                          int tasksDone, int tasksTotal) {

    /** Fraction done in [0, 1], or -1 when unknown. */
    public double fraction() {
        return tasksTotal <= 0 ? -1 : Math.min(1.0, (double) tasksDone / tasksTotal);
    }

    public static JobProgress message(String jobId, String message) {
        return new JobProgress(jobId, message, 0, 0, 0, 0, 0);
    }
}
