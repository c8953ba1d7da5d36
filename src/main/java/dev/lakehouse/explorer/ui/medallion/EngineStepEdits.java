package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import dev.lakehouse.explorer.engine.pipelines.SpecEdits;
import dev.lakehouse.explorer.engine.pipelines.StepKind;

import java.util.Arrays;
import java.util.List;

/** {@link StepEdits} over the engine's {@link SpecEdits}: edits by SnakeYAML node marks, comments and layout kept. */
public final class EngineStepEdits implements StepEdits {

    @Override
    public String setValue(String yaml, String step, String keyPath, Object value) {
        if (value instanceof List<?> list) {
            return SpecEdits.setStepValues(yaml, step, path(keyPath), list.stream().map(String::valueOf).toList());
        }
        return SpecEdits.setStepValue(yaml, step, path(keyPath), String.valueOf(value));
    }

    @Override
    public String removeKey(String yaml, String step, String keyPath) {
        return SpecEdits.removeStepKey(yaml, step, path(keyPath));
    }

    @Override
    public String setColumns(String yaml, String step, List<ColumnSpec> columns) {
        return SpecEdits.setColumns(yaml, step, columns);
    }

    @Override
    public String setExpectations(String yaml, String step, List<ExpectationSpec> expectations) {
        return SpecEdits.setExpectations(yaml, step, expectations);
    }

    @Override
    public String addStep(String yaml, String name, StepKind kind) {
        return SpecEdits.addStep(yaml, name, kind);
    }

    @Override
    public String removeStep(String yaml, String step) {
        return SpecEdits.removeStep(yaml, step);
    }

    private static List<String> path(String dotted) {
        return Arrays.asList(dotted.split("\\."));
    }
}
