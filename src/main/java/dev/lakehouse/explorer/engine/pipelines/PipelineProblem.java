package dev.lakehouse.explorer.engine.pipelines;

/**
 * One thing wrong with a spec, found before anything runs.
 *
 * @param spec    the spec's {@link SpecDocument#name()}
 * @param line    1-based line in the spec, or 0 when the problem has no line (a missing file)
 * @param step    the step it is in, or null for the pipeline as a whole
 * @param message one sentence for the user
 */
public record PipelineProblem(String spec, int line, String step, String message) {

    /** {@code SPEC:LINE: step NAME: message}, the command line's format (compilers' {@code file:line:} shape). */
    public String format() {
        return spec + ":" + line + ": " + (step == null ? "" : "step " + step + ": ") + message;
    }
}
