package dev.lakehouse.explorer.engine.pipelines;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed, parameter-substituted pipeline.
 *
 * @param parameters the values in effect: the spec's defaults overridden by the run's {@code --param}s
 * @param steps      in the spec's order; {@link #graph()} gives the order they run in
 * @param graph      the DAG of the steps
 */
public record PipelineSpec(String name, SpecDocument document, Map<String, String> parameters, List<StepSpec> steps,
                           PipelineGraph graph) {
    public PipelineSpec {
        parameters = Map.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    /** The steps in the order they run. */
    public List<StepSpec> runOrder() {
        return graph.order().stream().map(n -> step(n).orElseThrow()).toList();
    }

    public Optional<StepSpec> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
