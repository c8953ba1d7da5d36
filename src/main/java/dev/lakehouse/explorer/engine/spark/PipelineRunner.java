package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.ExpectationResult;
import dev.lakehouse.explorer.engine.pipelines.PipelineLock;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.RunListener;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs a pipeline's steps one after another in DAG order, each one commit on its target. A failed step skips the
 * steps that depend on it while independent branches go on; a cancel ends the step running and skips the rest.
 * Steps run one at a time: on a laptop's few cores one step already uses them all, and one at a time keeps the
 * progress and the report easy to follow.
 */
final class PipelineRunner {
    private static final Logger LOG = LogManager.getLogger(PipelineRunner.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Supplier<SparkSession> spark;
    private final Supplier<SparkJobs> jobs;
    private final Map<StepKind, StepExecutor> executors;
    private final RunReportStore store;
    private final Path lockDir;

    PipelineRunner(Supplier<SparkSession> spark, Supplier<SparkJobs> jobs, Map<StepKind, StepExecutor> executors,
                   RunReportStore store, Path lockDir) {
        this.spark = spark;
        this.jobs = jobs;
        this.executors = Map.copyOf(executors);
        this.store = store;
        this.lockDir = lockDir;
    }

    static String newRunId(Instant now) {
        return ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    RunReport run(PipelineSpec spec, RunOptions options, RunListener listener, JobContext ctx) {
        Instant started = Instant.now();
        String runId = newRunId(started);
        try (PipelineLock ignored = PipelineLock.acquire(lockDir, spec.name(), runId)) {
            // a session of the pipeline's own: the MERGE's SetTransaction confs never reach the SQL panel
            SparkSession session = spark.get().newSession();
            Steps steps = new Steps(spec, options, runId, started);
            listener.runStarted(steps.report(RunStatus.RUNNING, null, null));
            for (StepSpec step : spec.runOrder()) {
                StepReport r = runOne(steps, step, session, listener, ctx);
                steps.put(r);
                listener.stepFinished(r);
            }
            RunReport report = steps.finish(Instant.now());
            save(report);
            return report;
        } finally {
            jobs.get().forget(ctx);
        }
    }

    private StepReport runOne(Steps steps, StepSpec step, SparkSession session, RunListener listener, JobContext ctx) {
        String skip = steps.skipReason(step);
        if (skip != null) {
            return StepReport.skipped(step, skip);
        }
        if (jobs.get().isCancelled(ctx)) {
            steps.cancelled = true;
            return StepReport.skipped(step, "cancelled before it started");
        }
        listener.stepStarted(step.name());
        ctx.step("Step " + steps.position(step) + ": " + step.name() + " → " + step.target().text());
        Instant t0 = Instant.now();
        StepRun run = new StepRun(session, steps.spec, step, steps.runId, steps.started, steps.options.fullRefresh(), ctx);
        try {
            return jobs.get().run(ctx, () -> executors.get(step.kind()).execute(run), false);
        } catch (JobCancelledException e) {
            steps.cancelled = true;
            return failed(step, t0, "cancelled");
        } catch (ExpectationFailure e) {
            return failed(step, t0, e.getMessage(), e.rowsRead(), e.results());
        } catch (EngineException e) {
            LOG.warn("Step {} of pipeline {} failed: {}", step.name(), steps.spec.name(), e.getMessage(), e);
            return failed(step, t0, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Step {} of pipeline {} failed", step.name(), steps.spec.name(), e);
            return failed(step, t0, SparkErrors.map(e).getMessage());
        }
    }

    private static StepReport failed(StepSpec step, Instant t0, String error) {
        return failed(step, t0, error, 0, List.of());
    }

    /** A failed step commits nothing; what it read and how its rules fared are still worth reporting. */
    private static StepReport failed(StepSpec step, Instant t0, String error, long rowsRead,
                                     List<ExpectationResult> expectations) {
        return new StepReport(step.name(), step.kind(), StepStatus.FAILED, step.target().text(), null, rowsRead, 0, 0,
                0, 0, 0, 0, 0, 0, 0, expectations, null, t0, Instant.now(), error);
    }

    private void save(RunReport report) {
        try {
            store.save(report);
        } catch (RuntimeException e) {
            // the steps' commits stand; only the report is missing, which must not turn a good run into an error
            LOG.error("The report of run {} could not be saved", report.runId(), e);
        }
    }

    /** The run's steps as they go: reports so far, and what fails or skips the rest. */
    private static final class Steps {
        final PipelineSpec spec;
        final RunOptions options;
        final String runId;
        final Instant started;
        final Map<String, StepReport> reports = new LinkedHashMap<>();
        final Set<String> notDone = new HashSet<>();
        boolean cancelled;

        Steps(PipelineSpec spec, RunOptions options, String runId, Instant started) {
            this.spec = spec;
            this.options = options;
            this.runId = runId;
            this.started = started;
            for (StepSpec s : spec.runOrder()) {
                reports.put(s.name(), pending(s));
            }
        }

        String skipReason(StepSpec step) {
            String doneIn = options.done().get(step.name());
            if (doneIn != null) {
                return "done in run " + doneIn;
            }
            for (String up : spec.graph().dependsOn().get(step.name())) {
                if (notDone.contains(up)) {
                    return "skipped: " + up + " " + (reports.get(up).status() == StepStatus.FAILED ? "failed" : "did not run");
                }
            }
            return null;
        }

        void put(StepReport r) {
            reports.put(r.name(), r);
            if (r.status() != StepStatus.SUCCEEDED && !r.error().startsWith("done in run ")) {
                notDone.add(r.name());
            }
        }

        String position(StepSpec step) {
            return (new ArrayList<>(reports.keySet()).indexOf(step.name()) + 1) + "/" + reports.size();
        }

        RunReport report(RunStatus status, Instant ended, String error) {
            return new RunReport(spec.name(), runId, status, spec.document().name(), spec.parameters(),
                    options.fullRefresh(), options.resumedFrom(), options.trigger(), started, ended, error,
                    List.copyOf(reports.values()));
        }

        RunReport finish(Instant ended) {
            List<String> failed = reports.values().stream().filter(r -> r.status() == StepStatus.FAILED)
                    .map(StepReport::name).toList();
            if (cancelled) {
                return report(RunStatus.CANCELLED, ended, "cancelled by the user");
            }
            return failed.isEmpty() ? report(RunStatus.SUCCEEDED, ended, null)
                    : report(RunStatus.FAILED, ended, (failed.size() == 1 ? "step " : "steps ") + String.join(", ", failed)
                    + " failed");
        }

        private static StepReport pending(StepSpec s) {
            return new StepReport(s.name(), s.kind(), StepStatus.PENDING, s.target().text(), null, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, List.of(), null, null, null, null);
        }
    }
}
