package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Medallion panel: one pipeline spec open at a time (new, opened or recent), its editor, the form of the step
 * under the caret, the lineage graph, runs and their reports. Replacing a spec with unsaved edits asks first.
 */
public final class MedallionViewModel {
    private final TaskRunner runner;
    private final Path defaultFolder;
    private final RecentSpecs recentStore;
    private final SpecEditorViewModel editor;
    private final StepFormViewModel form;
    private final RunViewModel run;
    private final ReportViewModel report;
    private final LineageViewModel lineage;
    private final DiscardQuestion question = new DiscardQuestion();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final InlineError error = new InlineError();
    private final javafx.beans.property.ReadOnlyStringWrapper notice = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final StringBinding title;
    private String savedText = "";
    private String pipeline;

    /**
     * @param service   the engine's pipelines, asked for on a worker thread (the getter may wait for the engine)
     * @param workspace the recent specs are kept in its state folder; new specs go to its {@code pipelines/}
     * @param uiThread  where the runner's events are handed over
     */
    public MedallionViewModel(Supplier<PipelineService> service, TaskRunner runner, StepEdits edits,
                              Debouncer debouncer, Path workspace, Executor uiThread, Clock clock) {
        this.runner = runner;
        this.defaultFolder = workspace.resolve("pipelines");
        this.recentStore = new RecentSpecs(workspace);
        this.editor = new SpecEditorViewModel(service, runner, debouncer, defaultFolder);
        this.form = new StepFormViewModel(editor, edits);
        this.run = new RunViewModel(service, runner, uiThread, clock, editor);
        this.report = new ReportViewModel(service, runner);
        this.lineage = new LineageViewModel(editor, run.lastRunProperty());
        title = Bindings.createStringBinding(() -> (editor.fileProperty().get() == null ? "untitled.yaml"
                : editor.fileProperty().get().getFileName().toString()) + (dirty.get() ? " •" : ""),
                editor.fileProperty(), dirty);
        editor.textProperty().addListener((obs, old, now) -> dirty.set(open.get() && !Objects.equals(now, savedText)));
        editor.specProperty().addListener((obs, old, spec) -> pipelineChanged(spec));
        run.lastRunProperty().addListener((obs, old, live) -> {
            if (live != null && run.runningProperty().get()) {
                report.show(live); // the report follows the run as it goes
            }
        });
        run.setOnRunEnded(r -> {
            report.show(r);
            report.refresh();
        });
        report.setOnLatest(run::showLastRun);
    }

    /** Reads the recent specs of the workspace (when the panel is first shown). */
    public void loadRecent() {
        runner.submit("Reading recent pipeline specs", ctx -> recentStore.list(), recent::setAll, error::show);
    }

    /** A new spec from the starter template, unsaved. */
    public void newSpec() {
        whenSafe("Start a new spec and discard your unsaved edits?", () -> show(null, StarterSpec.TEXT));
    }

    /** Opens a spec file (asking first if the open one has unsaved edits). */
    public void open(Path file) {
        whenSafe("Open " + file.getFileName() + " and discard your unsaved edits?",
                () -> runner.submit("Opening " + file.getFileName(),
                        ctx -> Files.readString(file, StandardCharsets.UTF_8), text -> {
                            show(file, text);
                            remember(file);
                        }, error::show));
    }

    /** Saves to the spec's file; a spec never saved needs {@link #saveAs}: returns false then. */
    public boolean save() {
        Path file = editor.fileProperty().get();
        if (file == null) {
            return false;
        }
        saveAs(file);
        return true;
    }

    public void saveAs(Path file) {
        String text = editor.textProperty().get();
        runner.submit("Saving " + file.getFileName(), ctx -> {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        }, saved -> {
            error.clear();
            savedText = text;
            boolean moved = !saved.equals(editor.fileProperty().get());
            editor.savedAs(saved);
            dirty.set(!Objects.equals(editor.textProperty().get(), savedText));
            if (moved) {
                editor.check(); // relative paths now resolve against the new folder
            }
            remember(saved);
        }, error::show);
    }

    /** Writes a chart or the lineage as a PNG file, off the UI thread. */
    public void savePng(dev.lakehouse.explorer.ui.common.PngWriter.Pixels pixels, Path target) {
        runner.submit("Saving " + target.getFileName(), ctx -> {
            dev.lakehouse.explorer.ui.common.PngWriter.write(pixels, target);
            return target;
        }, saved -> {
            error.clear();
            notice.set("Saved " + saved.getFileName() + ".");
        }, error::show);
    }

    /** Runs {@code action} now, or after the user agreed to lose the unsaved edits. */
    private void whenSafe(String ask, Runnable action) {
        if (dirty.get()) {
            question.ask(ask, action);
        } else {
            action.run();
        }
    }

    private void show(Path file, String text) {
        error.clear();
        pipeline = null; // the check names the pipeline; its runs are read then
        report.load(null);
        run.showLastRun(null);
        savedText = text;
        open.set(true);
        editor.load(file, text);
        dirty.set(false);
    }

    private void remember(Path file) {
        runner.submit("Remembering " + file.getFileName(), ctx -> recentStore.add(file), recent::setAll,
                error::show);
    }

    private void pipelineChanged(PipelineSpec spec) {
        String name = spec == null ? null : spec.name();
        if (name != null && !name.equals(pipeline)) {
            pipeline = name;
            run.showLastRun(null);
            report.load(name);
        }
    }

    /** Where the lineage's and the report's "Open in Catalog" go: the window opens the Catalog panel. */
    public void setOnOpenTable(Consumer<TableLink> onOpenTable) {
        lineage.setOnOpenTable(onOpenTable);
    }

    public SpecEditorViewModel editor() {
        return editor;
    }

    public StepFormViewModel form() {
        return form;
    }

    public RunViewModel run() {
        return run;
    }

    public ReportViewModel report() {
        return report;
    }

    public LineageViewModel lineage() {
        return lineage;
    }

    public DiscardQuestion question() {
        return question;
    }

    /** Recently opened specs of this workspace, newest first. */
    public ObservableList<Path> recent() {
        return recent;
    }

    /** Where Open and Save start: {@code <workspace>/pipelines}. */
    public Path defaultFolder() {
        return defaultFolder;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** False until a spec is new or opened: the panel shows how to start instead of an empty editor. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The file name, with a dot while there are unsaved edits: {@code orders.yaml •}. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Opening, saving and the recent list fail here. */
    public InlineError error() {
        return error;
    }

    /** A one-line success message (a PNG saved), empty when there is none. */
    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void clearNotice() {
        notice.set("");
    }
}
