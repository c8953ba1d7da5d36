package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import dev.lakehouse.explorer.engine.pipelines.StepKind;

import java.util.List;

/**
 * The form's edits while the engine's {@code SpecEdits} is not in this build: every edit says so in one line, and
 * the YAML editor stays the way to change the spec. Replaced by an adapter over {@code SpecEdits} when it lands.
 */
public final class PendingStepEdits implements StepEdits {
    private static final String WHY = "Editing from the form is not available in this build yet; edit the YAML on the left.";

    @Override
    public String setValue(String yaml, String step, String keyPath, Object value) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public String removeKey(String yaml, String step, String keyPath) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public String setColumns(String yaml, String step, List<ColumnSpec> columns) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public String setExpectations(String yaml, String step, List<ExpectationSpec> expectations) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public String addStep(String yaml, String name, StepKind kind) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public String removeStep(String yaml, String step) {
        throw new UnsupportedOperationException(WHY);
    }
}
