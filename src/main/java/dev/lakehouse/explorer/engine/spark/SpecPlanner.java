package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans every step of a spec in DAG order without running it, handing each step the schemas planned upstream, and
 * turns what is wrong into problems at their lines. A step whose input could not be planned is not planned
 * itself: its problems would only repeat the upstream one.
 */
final class SpecPlanner {
    private final Map<StepKind, StepExecutor> executors;

    SpecPlanner(Map<StepKind, StepExecutor> executors) {
        this.executors = Map.copyOf(executors);
    }

    List<PipelineProblem> plan(PipelineSpec spec, SparkSession session, JobContext ctx) {
        List<PipelineProblem> problems = new ArrayList<>();
        Map<String, StructType> planned = new HashMap<>();
        for (StepSpec step : spec.runOrder()) {
            if (!planned.keySet().containsAll(spec.graph().dependsOn().get(step.name()))) {
                continue;
            }
            StepRun run = new StepRun(session, spec, step, "validate", Instant.now(), false, ctx);
            try {
                planned.put(step.name(), executors.get(step.kind()).plan(run, Map.copyOf(planned)));
            } catch (StepPlanException e) {
                problems.add(new PipelineProblem(spec.document().name(), e.line(), step.name(), e.getMessage()));
            } catch (EngineException e) {
                problems.add(new PipelineProblem(spec.document().name(), step.line(), step.name(), e.getMessage()));
            } catch (RuntimeException e) {
                problems.add(new PipelineProblem(spec.document().name(), step.line(), step.name(),
                        SparkErrors.map(e).getMessage()));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(PipelineProblem::line));
        return problems;
    }
}
