package dev.lakehouse.explorer.engine.spark;

/**
 * A step that cannot run as written, found while planning it ({@code pipeline validate}): the line is the spec
 * line of the expression, key or value at fault. Turned into a PipelineProblem; never leaves engine.spark.
 */
final class StepPlanException extends RuntimeException {
    private final int line;

    StepPlanException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
