package dev.lakehouse.explorer.engine;

import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;

import java.util.List;

/**
 * A pipeline that cannot run: its spec has problems (each with its line), or it is already running. Nothing was
 * written.
 */
public final class PipelineException extends EngineException {
    private final transient List<PipelineProblem> problems;

    public PipelineException(String message) {
        this(message, List.of());
    }

    public PipelineException(String message, List<PipelineProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The spec's problems, one per line in the {@code SPEC:LINE: step NAME: message} format; may be empty. */
    public List<PipelineProblem> problems() {
        return problems;
    }
}
