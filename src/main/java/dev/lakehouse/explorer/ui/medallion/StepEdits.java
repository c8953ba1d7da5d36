package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import dev.lakehouse.explorer.engine.pipelines.StepKind;

import java.util.List;

/**
 * Text edits of a spec that the step form makes: each takes the YAML and returns it changed in as few characters
 * as possible, so the user's comments, order and layout survive a form edit. Implemented over the engine's
 * {@code SpecEdits}; kept behind this interface so the form does not depend on how the text is rewritten.
 * Every method throws {@link IllegalArgumentException} (or an engine exception) when the text cannot be edited,
 * e.g. it does not parse as YAML; the message is for the user.
 */
public interface StepEdits {

    /**
     * Sets one key of a step: {@code keyPath} is dotted ({@code target}, {@code write.mode}, {@code source.path});
     * {@code value} is a string or a list of strings ({@code write.key}).
     */
    String setValue(String yaml, String step, String keyPath, Object value);

    /** Removes one key of a step; nothing changes when it is not there. */
    String removeKey(String yaml, String step, String keyPath);

    /** Replaces the step's {@code columns:} (removes it when the list is empty). */
    String setColumns(String yaml, String step, List<ColumnSpec> columns);

    /** Replaces the step's {@code expectations:} (removes it when the list is empty). */
    String setExpectations(String yaml, String step, List<ExpectationSpec> expectations);

    /** Appends a step of that kind with placeholder values the user then fills in. */
    String addStep(String yaml, String name, StepKind kind);

    String removeStep(String yaml, String step);
}
