package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The spec's text and what is known about it: the problems at their lines (checked without Spark once typing
 * pauses, or validated with Spark on request), the spec as last parsed, and the step the caret is in.
 */
public final class SpecEditorViewModel {
    private final Supplier<PipelineService> service;
    private final TaskRunner runner;
    private final Debouncer debouncer;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final Path defaultFolder;
    private final ObservableList<ProblemItem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PipelineSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PipelineSpec> written = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty caretLine = new SimpleIntegerProperty(1);
    private final ReadOnlyStringWrapper selectedStep = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<CaretRequest> caretRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper validateProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private Supplier<Map<String, String>> overrides = Map::of;
    private long generation;
    private long requests;
    private boolean replacing;

    public SpecEditorViewModel(Supplier<PipelineService> service, TaskRunner runner, Debouncer debouncer,
                               Path defaultFolder) {
        this.service = service;
        this.runner = runner;
        this.debouncer = debouncer;
        this.defaultFolder = defaultFolder;
        text.addListener((obs, old, now) -> {
            notice.set("");
            if (!replacing) {
                debouncer.submit(this::check);
            }
        });
        caretLine.addListener((obs, old, line) -> selectStepAtCaret());
    }

    /** Shows another document: its text checked at once, not after the typing pause. */
    void load(Path path, String content) {
        file.set(path);
        replacing = true;
        try {
            text.set(content);
        } finally {
            replacing = false;
        }
        problems.clear();
        spec.set(null);
        written.set(null);
        caretLine.set(1);
        check();
    }

    void savedAs(Path path) {
        file.set(path);
    }

    /** Checks the text now (YAML, keys, DAG, parameters), off the UI thread; an older answer is dropped. */
    public void check() {
        long mine = ++generation;
        SpecDocument doc = document();
        runner.submit("Checking " + doc.name(), ctx -> SpecCheck.run(service.get(), doc), result -> {
            if (mine == generation) {
                error.clear();
                show(result);
            }
        }, failure -> {
            if (mine == generation) {
                error.show(failure);
            }
        });
    }

    /** The full validation, with Spark: every expression planned against its input. */
    public void validate() {
        if (validating.get()) {
            return;
        }
        SpecDocument doc = document();
        Map<String, String> params = overrides.get();
        long mine = ++generation; // a check still running is older than this
        validating.set(true);
        notice.set("");
        RunningTask task = runner.submit("Validating " + doc.name(), ctx -> service.get().validate(doc, params, ctx),
                found -> {
                    validating.set(false);
                    validateProgress.unbind();
                    if (mine == generation) {
                        error.clear();
                        problems.setAll(found.stream().map(p -> ProblemItem.of(p, true)).toList());
                        notice.set(found.isEmpty() ? "Valid: every step plans in Spark; the spec can run."
                                : found.size() + (found.size() == 1 ? " problem" : " problems") + " found.");
                    }
                }, failure -> {
                    validating.set(false);
                    validateProgress.unbind();
                    error.show(failure);
                });
        if (validating.get()) {
            validateProgress.bind(task.progressProperty());
        }
    }

    /** Shows problems the engine gave in another way (a run it refused). */
    void showProblems(List<PipelineProblem> found) {
        problems.setAll(found.stream().map(p -> ProblemItem.of(p, false)).toList());
    }

    /** Moves the caret to a problem's line. */
    public void goTo(ProblemItem problem) {
        if (problem.line() > 0) {
            moveCaret(problem.line());
        }
    }

    /** Moves the caret to a step's {@code name:} line, which makes it the selected step. */
    public void selectStep(String step) {
        PipelineSpec s = written.get() == null ? spec.get() : written.get();
        if (s == null || step == null) {
            return;
        }
        s.step(step).map(StepSpec::line).ifPresent(this::moveCaret);
    }

    /** Replaces the text with a form's edit; checked at once, so the form sees the new spec without a pause. */
    void replaceText(String next) {
        if (next.equals(text.get())) {
            return;
        }
        replacing = true;
        try {
            text.set(next);
        } finally {
            replacing = false;
        }
        check();
    }

    void setOverrides(Supplier<Map<String, String>> overrides) {
        this.overrides = overrides;
    }

    private void moveCaret(int line) {
        caretRequest.set(new CaretRequest(line, ++requests));
        caretLine.set(line);
    }

    private void show(SpecCheck result) {
        problems.setAll(result.problems().stream().map(p -> ProblemItem.of(p, false)).toList());
        if (result.spec() != null) { // while the YAML is broken, the last good spec still shows
            spec.set(result.spec());
            written.set(result.written());
        }
        selectStepAtCaret();
    }

    private void selectStepAtCaret() {
        PipelineSpec s = written.get();
        selectedStep.set(SpecCheck.stepAt(s, caretLine.get()).orElse(null));
    }

    SpecDocument document() {
        Path path = file.get();
        String name = path == null ? "untitled.yaml" : path.getFileName().toString();
        Path base = path == null || path.toAbsolutePath().getParent() == null ? defaultFolder
                : path.toAbsolutePath().getParent();
        return new SpecDocument(name, base, text.get() == null ? "" : text.get());
    }

    /** The lines that have a problem, for the editor's markers. */
    public Set<Integer> problemLines() {
        Set<Integer> lines = new TreeSet<>();
        problems.forEach(p -> lines.add(p.line()));
        return lines;
    }

    /** The problems on one line, joined, for the marker's tooltip. */
    public String problemsAt(int line) {
        return String.join("\n", problems.stream().filter(p -> p.line() == line).map(ProblemItem::message).toList());
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The file the text is saved in, null for a new spec never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<ProblemItem> problems() {
        return problems;
    }

    /** The last spec that could be built, parameters' defaults substituted; null before the first. */
    public ReadOnlyObjectProperty<PipelineSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** As {@link #specProperty()}, but with {@code ${name}} kept as written. */
    public ReadOnlyObjectProperty<PipelineSpec> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** The caret's 1-based line, set by the editor. */
    public IntegerProperty caretLineProperty() {
        return caretLine;
    }

    /** The step the caret is in, or null. */
    public ReadOnlyStringProperty selectedStepProperty() {
        return selectedStep.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaretRequest> caretRequestProperty() {
        return caretRequest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty validateProgressProperty() {
        return validateProgress.getReadOnlyProperty();
    }

    /** The outcome of the last validation, empty when there is none to show. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set("");
    }

    public InlineError error() {
        return error;
    }

    Path defaultFolder() {
        return defaultFolder;
    }
}
