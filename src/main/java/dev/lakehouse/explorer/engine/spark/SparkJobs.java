package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.SecretScrub;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import dev.lakehouse.explorer.engine.jobs.JobService;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs engine work under a Spark job group named after the {@link JobContext}, reports its progress from Spark's
 * status tracker, and cancels it by group — the pattern of Apache Zeppelin's Spark interpreter. The group is a
 * thread-local property of the calling thread, so it is set before the work and cleared in {@code finally}.
 */
final class SparkJobs implements JobService, AutoCloseable {
    private static final long POLL_MILLIS = 250;
    private final SparkContext sc;
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lakehouse-progress");
        t.setDaemon(true);
        return t;
    });

    private final SecretRedactor redactor;

    /** @param redactor masks secrets in errors before they leave the engine (a statement may raise one) */
    SparkJobs(SparkContext sc, SecretRedactor redactor) {
        this.sc = sc;
        this.redactor = redactor;
    }

    <T> T run(JobContext ctx, Supplier<T> work) {
        return run(ctx, work, true);
    }

    /**
     * @param checkAfter whether a cancel that arrives after the work ended still fails it; false for work whose
     *                   result is a commit already made (a pipeline step), which must be reported as done
     */
    <T> T run(JobContext ctx, Supplier<T> work, boolean checkAfter) {
        checkCancelled(ctx);
        // interruptOnCancel=false: tasks stop at record boundaries; interrupting writer threads mid-file gains
        // little and risks half-written files.
        sc.setJobGroup(ctx.id(), ctx.title(), false);
        ScheduledFuture<?> poll = poller.scheduleAtFixedRate(() -> report(ctx), POLL_MILLIS, POLL_MILLIS,
                TimeUnit.MILLISECONDS);
        try {
            T result = work.get();
            if (checkAfter) {
                checkCancelled(ctx);
            }
            return result;
        } catch (EngineException e) {
            throw SecretScrub.scrub(e, redactor);
        } catch (ExpectationFailure e) { // the runner reads its counts; its message shows a row, which may hold one
            throw redactor == null ? e : e.withMessage(redactor.redact(e.getMessage()));
        } catch (Exception e) { // Scala code throws checked exceptions (AnalysisException) undeclared
            if (cancelled.contains(ctx.id())) {
                throw cancelledError(ctx);
            }
            throw SecretScrub.scrub(SparkErrors.map(e), redactor);
        } finally {
            poll.cancel(false);
            sc.clearJobGroup();
        }
    }

    void forget(JobContext ctx) {
        cancelled.remove(ctx.id());
    }

    @Override
    public void cancel(String jobId) {
        cancelled.add(jobId);
        if (!sc.isStopped()) {
            sc.cancelJobGroup(jobId);
        }
    }

    boolean isCancelled(JobContext ctx) {
        return cancelled.contains(ctx.id());
    }

    private void checkCancelled(JobContext ctx) {
        if (cancelled.contains(ctx.id())) {
            throw cancelledError(ctx);
        }
    }

    private static JobCancelledException cancelledError(JobContext ctx) {
        return new JobCancelledException("Cancelled: " + ctx.title());
    }

    private void report(JobContext ctx) {
        try {
            ctx.report(progressOf(ctx));
        } catch (RuntimeException ignored) {
            // a listener's failure must not kill the poller
        }
    }

    JobProgress progressOf(JobContext ctx) {
        SparkStatusTracker tracker = sc.statusTracker();
        int[] jobIds = tracker.getJobIdsForGroup(ctx.id());
        int stagesDone = 0, stagesTotal = 0, tasksDone = 0, tasksTotal = 0;
        for (int jobId : jobIds) {
            SparkJobInfo job = tracker.getJobInfo(jobId).getOrElse(() -> null);
            if (job == null) {
                continue;
            }
            for (int stageId : job.stageIds()) {
                SparkStageInfo stage = tracker.getStageInfo(stageId).getOrElse(() -> null);
                stagesTotal++;
                if (stage == null) {
                    continue; // not started yet, or already forgotten by the tracker
                }
                tasksDone += stage.numCompletedTasks();
                tasksTotal += stage.numTasks();
                if (stage.numTasks() > 0 && stage.numCompletedTasks() == stage.numTasks()) {
                    stagesDone++;
                }
            }
        }
        String message = jobIds.length == 0 || tasksTotal == 0 ? ctx.currentStep()
                : ctx.currentStep() + " · " + tasksDone + "/" + tasksTotal + " tasks";
        return new JobProgress(ctx.id(), message, jobIds.length, stagesDone, stagesTotal, tasksDone, tasksTotal);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
