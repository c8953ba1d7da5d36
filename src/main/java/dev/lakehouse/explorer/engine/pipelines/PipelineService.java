package dev.lakehouse.explorer.engine.pipelines;

import dev.lakehouse.explorer.engine.jobs.JobContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Medallion pipelines: check a spec, run it, and read the reports of past runs. */
public interface PipelineService {

    /**
     * Parses and checks a spec without Spark: YAML syntax, unknown keys, the DAG (cycles, references to no step),
     * parameters given but not declared. Fast enough to run on every edit.
     */
    ParsedSpec check(SpecDocument spec, Map<String, String> params);

    /**
     * Everything {@link #check} does, then plans every step in Spark without running it: source folders exist,
     * tables referenced exist, every expression applies to its input, expectations are boolean, targets are not
     * views. Returns every problem found, empty when the spec can run.
     */
    List<PipelineProblem> validate(SpecDocument spec, Map<String, String> params, JobContext ctx);

    /**
     * Runs a spec: steps in DAG order, each one Delta commit on its target. A failed step leaves its target at its
     * previous version and skips the steps that depend on it. The report is kept in the workspace.
     *
     * @throws dev.lakehouse.explorer.engine.PipelineException if the spec has problems (nothing runs) or the
     *         pipeline is already running
     * @throws dev.lakehouse.explorer.engine.JobCancelledException never: a cancelled run returns a CANCELLED report
     */
    RunReport run(RunRequest request, RunListener listener, JobContext ctx);

    /** Past runs, newest first; all pipelines when {@code pipeline} is null. */
    List<RunSummary> runs(String pipeline, int limit);

    /** One run's report. */
    Optional<RunReport> show(String runId);

    /** The reports (with steps) of a pipeline's last runs, newest first: the per-expectation trend reads these. */
    List<RunReport> history(String pipeline, int limit);
}
