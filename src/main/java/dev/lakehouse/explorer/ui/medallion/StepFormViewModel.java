package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.ui.common.InlineError;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The form of the step under the caret, kept in step with the YAML both ways: the spec's parse fills the form, and
 * each committed field rewrites the text through {@link StepEdits} (so comments and layout survive). A field the
 * user is changing keeps what they typed when a parse of the same step arrives meanwhile.
 */
public final class StepFormViewModel {
    private final SpecEditorViewModel editor;
    private final StepEdits edits;
    private final Map<FormField, StringProperty> fields = new EnumMap<>(FormField.class);
    private final Map<FormField, String> shown = new EnumMap<>(FormField.class);
    private final ReadOnlyObjectWrapper<StepKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<ExpectationRow> expectations = FXCollections.observableArrayList();
    private final InlineError error = new InlineError();

    public StepFormViewModel(SpecEditorViewModel editor, StepEdits edits) {
        this.editor = editor;
        this.edits = edits;
        for (FormField f : FormField.values()) {
            fields.put(f, new SimpleStringProperty(""));
        }
        editor.writtenProperty().addListener((obs, old, now) -> refresh());
        editor.selectedStepProperty().addListener((obs, old, now) -> refresh());
    }

    /** Writes a field's text into the YAML, if it differs from what the spec holds. */
    public void commit(FormField field) {
        String name = step.get();
        String value = fields.get(field).get() == null ? "" : fields.get(field).get();
        if (name == null || value.strip().equals(Objects.toString(shown.get(field), "").strip())) {
            return;
        }
        boolean blank = value.isBlank();
        if (blank && (field == FormField.NAME || field == FormField.TARGET)) {
            fields.get(field).set(shown.get(field));
            error.show(new IllegalArgumentException("A step needs a " + field.keyPath() + "."));
            return;
        }
        if (apply(yaml -> blank ? edits.removeKey(yaml, name, field.keyPath())
                : edits.setValue(yaml, name, field.keyPath(), field.value(value)))) {
            shown.put(field, value);
            if (field == FormField.NAME) {
                step.set(value.strip()); // the caret stays in the step, which now has this name
            }
        }
    }

    /** Makes the step read another way: the old way's key goes, the new one gets a value to start from. */
    public void changeKind(StepKind next) {
        String name = step.get();
        if (name == null || next == null || next == kind.get()) {
            return;
        }
        if (apply(yaml -> switch (next) {
            case INGEST -> edits.setValue(edits.setValue(without(yaml, name, "from", "sql"), name, "source.format", "csv"),
                    name, "source.path", "./landing");
            case TRANSFORM -> edits.setValue(without(yaml, name, "source", "sql", "schema"), name, "from",
                    otherStep(name));
            case SQL -> edits.setValue(without(yaml, name, "source", "from", "schema"), name, "sql",
                    "SELECT * FROM " + otherStep(name));
        })) {
            kind.set(next);
        }
    }

    public void commitColumns() {
        String name = step.get();
        if (name != null) {
            apply(yaml -> edits.setColumns(yaml, name, columns.stream()
                    .filter(c -> !c.nameProperty().get().isBlank()).map(ColumnRow::toSpec).toList()));
        }
    }

    public void commitExpectations() {
        String name = step.get();
        if (name != null) {
            apply(yaml -> edits.setExpectations(yaml, name, expectations.stream()
                    .filter(e -> !e.nameProperty().get().isBlank()).map(ExpectationRow::toSpec).toList()));
        }
    }

    /** A new column row, named so it is written at once and can be renamed in the table. */
    public ColumnRow addColumn() {
        var row = new ColumnRow(unique("column", columns.stream().map(c -> c.nameProperty().get()).toList()), "NULL");
        columns.add(row);
        commitColumns();
        return row;
    }

    public void removeColumn(ColumnRow row) {
        if (columns.remove(row)) {
            commitColumns();
        }
    }

    public ExpectationRow addExpectation() {
        var row = new ExpectationRow(unique("rule", expectations.stream().map(e -> e.nameProperty().get()).toList()),
                "true", ExpectationAction.WARN);
        expectations.add(row);
        commitExpectations();
        return row;
    }

    public void removeExpectation(ExpectationRow row) {
        if (expectations.remove(row)) {
            commitExpectations();
        }
    }

    /** Adds a step after the others and puts the caret in it. */
    public void addStep(StepKind stepKind) {
        PipelineSpec spec = editor.writtenProperty().get();
        List<String> names = spec == null ? List.of() : spec.steps().stream().map(StepSpec::name).toList();
        String name = unique(stepKind == StepKind.INGEST ? "bronze_step" : stepKind == StepKind.SQL ? "gold_step"
                : "silver_step", names);
        if (apply(yaml -> edits.addStep(yaml, name, stepKind))) {
            editor.selectStep(name);
        }
    }

    public void removeStep() {
        String name = step.get();
        if (name != null) {
            apply(yaml -> edits.removeStep(yaml, name));
        }
    }

    private boolean apply(UnaryOperator<String> edit) {
        try {
            editor.replaceText(edit.apply(editor.textProperty().get()));
            error.clear();
            return true;
        } catch (RuntimeException e) {
            error.show(e); // e.g. the YAML does not parse: the edit would have to guess
            return false;
        }
    }

    private String without(String yaml, String name, String... keys) {
        String out = yaml;
        for (String k : keys) {
            out = edits.removeKey(out, name, k);
        }
        return out;
    }

    private String otherStep(String name) {
        PipelineSpec spec = editor.writtenProperty().get();
        return spec == null ? "bronze_step" : spec.steps().stream().map(StepSpec::name).filter(n -> !n.equals(name))
                .findFirst().orElse("bronze_step");
    }

    private void refresh() {
        PipelineSpec spec = editor.writtenProperty().get();
        String name = editor.selectedStepProperty().get();
        StepSpec s = spec == null || name == null ? null : spec.step(name).orElse(null);
        boolean sameStep = s != null && s.name().equals(step.get());
        step.set(s == null ? null : s.name());
        kind.set(s == null ? null : s.kind());
        for (FormField f : FormField.values()) {
            String value = s == null ? "" : f == FormField.SOURCE_PATH
                    ? FormField.written(f.read(s), spec.document().baseDir()) : f.read(s);
            boolean userChanging = sameStep && !Objects.equals(fields.get(f).get(), shown.get(f));
            shown.put(f, value); // first: a control that commits on every change then sees nothing to write
            if (!userChanging) {
                fields.get(f).set(value);
            }
        }
        if (!sameStep || !sameColumns(s)) {
            columns.setAll(s == null ? List.of() : s.columns().stream().map(ColumnRow::of).toList());
        }
        if (!sameStep || !sameExpectations(s)) {
            expectations.setAll(s == null ? List.of() : s.expectations().stream().map(ExpectationRow::of).toList());
        }
        if (!sameStep) {
            error.clear();
        }
    }

    private boolean sameColumns(StepSpec s) {
        return columns.stream().filter(c -> !c.nameProperty().get().isBlank()).map(ColumnRow::toSpec)
                .map(c -> c.name() + "=" + c.expression()).toList()
                .equals(s.columns().stream().map(c -> c.name() + "=" + c.expression()).toList());
    }

    private boolean sameExpectations(StepSpec s) {
        return expectations.stream().filter(e -> !e.nameProperty().get().isBlank()).map(ExpectationRow::toSpec)
                .map(e -> e.name() + "|" + e.rule() + "|" + e.action()).toList()
                .equals(s.expectations().stream().map(e -> e.name() + "|" + e.rule() + "|" + e.action()).toList());
    }

    private static String unique(String stem, List<String> taken) {
        for (int i = 1; ; i++) {
            String candidate = stem + "_" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    public StringProperty field(FormField field) {
        return fields.get(field);
    }

    /** The step shown, null when the caret is in none. */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StepKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<ExpectationRow> expectations() {
        return expectations;
    }

    public InlineError error() {
        return error;
    }
}
