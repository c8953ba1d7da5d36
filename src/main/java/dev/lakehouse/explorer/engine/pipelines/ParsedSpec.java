package dev.lakehouse.explorer.engine.pipelines;

import java.util.List;

/**
 * What the parser made of a spec: the spec when it could be built (possibly with problems still to fix) and every
 * problem found, in line order. The runner refuses a spec with any problem.
 */
public record ParsedSpec(PipelineSpec spec, List<PipelineProblem> problems) {
    public ParsedSpec {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return spec != null && problems.isEmpty();
    }
}
