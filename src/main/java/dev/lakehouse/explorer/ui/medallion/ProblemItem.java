package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;

/**
 * A problem as the problems list shows it.
 *
 * @param fromValidate found by the full validation (Spark), not by the check made while typing
 */
public record ProblemItem(int line, String step, String message, boolean fromValidate) {

    static ProblemItem of(PipelineProblem p, boolean fromValidate) {
        return new ProblemItem(p.line(), p.step(), p.message(), fromValidate);
    }

    /** "Line 12 · step silver_orders: unknown key 'colums'" */
    public String text() {
        String where = line > 0 ? "Line " + line : "Spec";
        return where + (step == null ? "" : " · step " + step) + ": " + message;
    }
}
