package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.PipelineException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.ParsedSpec;
import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpecs;
import dev.lakehouse.explorer.engine.pipelines.RunListener;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunRequest;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.RunSummary;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.apache.spark.sql.SparkSession;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Medallion pipelines on the embedded Spark session: parse, plan, run, and the reports of past runs. */
final class SparkPipelineService implements PipelineService {
    private final Supplier<SparkSession> spark;
    private final Supplier<SparkJobs> jobs;
    private final SpecPlanner planner;
    private final PipelineRunner runner;
    private final RunReportStore store;

    SparkPipelineService(Workspace workspace, Supplier<SparkSession> spark, Supplier<SparkJobs> jobs) {
        this.spark = spark;
        this.jobs = jobs;
        Map<StepKind, StepExecutor> executors = Map.of(StepKind.INGEST, new BronzeIngest(),
                StepKind.TRANSFORM, new TransformStep(), StepKind.SQL, new SqlStep());
        this.planner = new SpecPlanner(executors);
        this.store = new RunReportStore(spark);
        this.runner = new PipelineRunner(spark, jobs, executors, store, workspace.state());
    }

    @Override
    public ParsedSpec check(SpecDocument spec, Map<String, String> params) {
        return PipelineSpecs.parse(spec, params);
    }

    @Override
    public List<PipelineProblem> validate(SpecDocument spec, Map<String, String> params, JobContext ctx) {
        ParsedSpec parsed = check(spec, params);
        if (!parsed.ok()) {
            return parsed.problems();
        }
        return jobs.get().run(ctx, () -> planner.plan(parsed.spec(), spark.get().newSession(), ctx));
    }

    @Override
    public RunReport run(RunRequest request, RunListener listener, JobContext ctx) {
        RunReport resumed = request.resumeRunId() == null ? null : resumable(request.resumeRunId());
        Map<String, String> params = new HashMap<>(resumed == null ? Map.of() : resumed.parameters());
        params.putAll(request.params());
        ParsedSpec parsed = check(request.spec(), params);
        refuse(parsed.problems());
        if (resumed != null && !resumed.pipeline().equals(parsed.spec().name())) {
            throw new InvalidRequestException("Run " + resumed.runId() + " is a run of pipeline " + resumed.pipeline()
                    + ", not of " + parsed.spec().name() + ".");
        }
        refuse(jobs.get().run(ctx, () -> planner.plan(parsed.spec(), spark.get().newSession(), ctx)));
        RunOptions options = resumed == null ? new RunOptions(request.fullRefresh(), null, Map.of(), "manual")
                : new RunOptions(resumed.fullRefresh(), resumed.runId(), doneSteps(resumed), "resume");
        return runner.run(parsed.spec(), options, listener, ctx);
    }

    private static void refuse(List<PipelineProblem> problems) {
        if (!problems.isEmpty()) {
            throw new PipelineException(problems.size() == 1 ? problems.get(0).format()
                    : problems.size() + " problems in the spec; the first: " + problems.get(0).format(), problems);
        }
    }

    private RunReport resumable(String runId) {
        RunReport old = show(runId).orElseThrow(() -> new InvalidRequestException("No pipeline run " + runId
                + " in this workspace; `pipeline runs` lists them."));
        if (old.status() == RunStatus.SUCCEEDED) {
            throw new InvalidRequestException("Run " + runId + " succeeded; there is nothing to resume.");
        }
        return old;
    }

    /** The steps a resumed run leaves alone: those that succeeded in it, or were already done before it. */
    private static Map<String, String> doneSteps(RunReport old) {
        Map<String, String> done = new LinkedHashMap<>();
        for (StepReport s : old.steps()) {
            if (s.status() == StepStatus.SUCCEEDED) {
                done.put(s.name(), old.runId());
            } else if (s.error() != null && s.error().startsWith("done in run ")) {
                done.put(s.name(), s.error().substring("done in run ".length()));
            }
        }
        return done;
    }

    @Override
    public List<RunSummary> runs(String pipeline, int limit) {
        return history(pipeline, limit).stream().map(RunSummary::of).toList();
    }

    @Override
    public Optional<RunReport> show(String runId) {
        return store.find("run_id = " + DeltaSql.literal(runId), 1).stream().findFirst();
    }

    @Override
    public List<RunReport> history(String pipeline, int limit) {
        return store.find(pipeline == null ? "true" : "pipeline = " + DeltaSql.literal(pipeline), limit);
    }
}
