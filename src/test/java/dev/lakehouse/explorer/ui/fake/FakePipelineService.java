package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.ExpectationResult;
import dev.lakehouse.explorer.engine.pipelines.ParsedSpec;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpecs;
import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.RunListener;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunRequest;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.RunSummary;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import dev.lakehouse.explorer.engine.PipelineException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Pipelines for UI tests: {@link #check} is the engine's parser, {@link #validate} answers what
 * a test sets, {@link #run} runs the steps in DAG order at once, each with the counts a test gave it (or some of its
 * own), failing the steps named in {@link #failing} and skipping what depends on them. Runs are kept, newest first.
 */
public final class FakePipelineService implements PipelineService {
    public final List<RunRequest> requests = new CopyOnWriteArrayList<>();
    public final List<SpecDocument> checked = new CopyOnWriteArrayList<>();
    /** Steps that fail in the next runs. */
    public final Set<String> failing = new HashSet<>();
    /** Rows read, written, dropped and quarantined per step; steps not here read 100 and write 100. */
    public final Map<String, long[]> counts = new HashMap<>();
    /** Failed rows per expectation name in the next run; passed = rows read - failed. */
    public final Map<String, Long> expectationFailures = new HashMap<>();
    public volatile Function<SpecDocument, List<PipelineProblem>> validation = d -> List.of();
    /** When set, each step waits for it before it finishes: a test watches a run in the middle. */
    public volatile CountDownLatch gate;
    private final List<RunReport> reports = new CopyOnWriteArrayList<>();
    private int runNumber;
    private long version;

    @Override
    public ParsedSpec check(SpecDocument spec, Map<String, String> params) {
        checked.add(spec);
        return PipelineSpecs.parse(spec, params); // the engine's own parser: lines and problems as the app gets them
    }

    @Override
    public List<PipelineProblem> validate(SpecDocument spec, Map<String, String> params, JobContext ctx) {
        List<PipelineProblem> found = new ArrayList<>(check(spec, params).problems());
        found.addAll(validation.apply(spec));
        return found;
    }

    @Override
    public RunReport run(RunRequest request, RunListener listener, JobContext ctx) {
        requests.add(request);
        ParsedSpec parsed = check(request.spec(), request.params());
        if (!parsed.ok()) {
            throw new PipelineException("The spec has " + parsed.problems().size() + " problems", parsed.problems());
        }
        PipelineSpec spec = parsed.spec();
        Set<String> done = doneIn(request.resumeRunId());
        String id = String.format("run-%04d", ++runNumber);
        Instant started = Instant.parse("2026-12-01T10:00:00Z").plusSeconds(3600L * runNumber);
        List<StepReport> steps = new ArrayList<>(spec.runOrder().stream().map(s -> pending(s)).toList());
        listener.runStarted(report(spec, id, RunStatus.RUNNING, request, started, null, steps));
        Set<String> failed = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            StepSpec s = spec.runOrder().get(i);
            StepReport r;
            if (done.contains(s.name())) {
                r = StepReport.skipped(s, "done in run " + request.resumeRunId());
            } else if (spec.graph().upstream(s.name()).stream().anyMatch(failed::contains)) {
                r = StepReport.skipped(s, "skipped: an upstream step failed");
                failed.add(s.name());
            } else {
                listener.stepStarted(s.name());
                await();
                r = failing.contains(s.name()) ? failed(s, started) : succeeded(s, started.plusSeconds(i));
                if (r.status() == StepStatus.FAILED) {
                    failed.add(s.name());
                }
            }
            steps.set(i, r);
            listener.stepFinished(r);
        }
        RunStatus status = failed.isEmpty() ? RunStatus.SUCCEEDED : RunStatus.FAILED;
        RunReport report = report(spec, id, status, request, started, started.plusSeconds(30), steps);
        reports.add(0, report);
        return report;
    }

    private Set<String> doneIn(String runId) {
        if (runId == null) {
            return Set.of();
        }
        RunReport before = show(runId).orElseThrow(() -> new PipelineException("No run " + runId));
        if (before.status() == RunStatus.SUCCEEDED) {
            throw new PipelineException("Run " + runId + " succeeded: there is nothing to resume.");
        }
        Set<String> done = new HashSet<>();
        before.steps().stream().filter(s -> s.status() == StepStatus.SUCCEEDED || s.error() != null
                && s.error().startsWith("done in run")).forEach(s -> done.add(s.name()));
        return done;
    }

    private void await() {
        CountDownLatch g = gate;
        if (g != null) {
            try {
                g.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private StepReport succeeded(StepSpec s, Instant at) {
        long[] c = counts.getOrDefault(s.name(), new long[] {100, 100, 0, 0});
        List<ExpectationResult> results = s.expectations().stream().map(e -> {
            long bad = expectationFailures.getOrDefault(e.name(), 0L);
            return new ExpectationResult(e.name(), e.action(), c[0] - bad, bad);
        }).toList();
        return new StepReport(s.name(), s.kind(), StepStatus.SUCCEEDED, s.target().text(), ++version, c[0], c[1],
                c[1], 0, 0, 0, c[2], c[3], 0, s.source() == null ? 0 : 2, results, null, at, at.plusMillis(1500),
                null);
    }

    private StepReport failed(StepSpec s, Instant at) {
        return new StepReport(s.name(), s.kind(), StepStatus.FAILED, s.target().text(), null, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, List.of(), null, at, at.plusMillis(300), "expectation amount_positive failed for 3 rows");
    }

    private static StepReport pending(StepSpec s) {
        return new StepReport(s.name(), s.kind(), StepStatus.PENDING, s.target().text(), null, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, List.of(), null, null, null, null);
    }

    private static RunReport report(PipelineSpec spec, String id, RunStatus status, RunRequest request,
                                    Instant started, Instant ended, List<StepReport> steps) {
        return new RunReport(spec.name(), id, status, request.spec().name(), spec.parameters(),
                request.fullRefresh(), request.resumeRunId(), "manual", started, ended,
                status == RunStatus.FAILED ? "a step failed" : null, steps);
    }

    /** Keeps a report as if an earlier session had run it. */
    public void add(RunReport report) {
        reports.add(0, report);
    }

    @Override
    public List<RunSummary> runs(String pipeline, int limit) {
        return reports.stream().filter(r -> pipeline == null || r.pipeline().equals(pipeline)).limit(limit)
                .map(RunSummary::of).toList();
    }

    @Override
    public Optional<RunReport> show(String runId) {
        return reports.stream().filter(r -> r.runId().equals(runId)).findFirst();
    }

    @Override
    public List<RunReport> history(String pipeline, int limit) {
        return reports.stream().filter(r -> r.pipeline().equals(pipeline)).limit(limit).toList();
    }
}
