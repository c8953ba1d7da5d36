package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.PipelineException;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.RunListener;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunRequest;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.ui.common.ErrorText;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Run, Cancel and Resume, the run options (full refresh, parameter values prefilled from the spec) and the
 * pipeline's last run, which grows step by step while a run goes: the runner's events arrive on its thread and are
 * handed to the UI thread before they touch anything.
 */
public final class RunViewModel {
    private final Supplier<PipelineService> service;
    private final TaskRunner runner;
    private final Executor uiThread;
    private final Clock clock;
    private final SpecEditorViewModel editor;
    private final ObservableList<ParamRow> params = FXCollections.observableArrayList();
    private final BooleanProperty fullRefresh = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RunReport> lastRun = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canResume;
    private final InlineError error = new InlineError();
    private Consumer<RunReport> onRunEnded = r -> { };
    private RunningTask task;
    private long generation;

    public RunViewModel(Supplier<PipelineService> service, TaskRunner runner, Executor uiThread, Clock clock,
                        SpecEditorViewModel editor) {
        this.service = service;
        this.runner = runner;
        this.uiThread = uiThread;
        this.clock = clock;
        this.editor = editor;
        canResume = Bindings.createBooleanBinding(() -> !running.get() && lastRun.get() != null
                && resumable(lastRun.get().status()), running, lastRun);
        editor.specProperty().addListener((obs, old, spec) -> syncParams(spec));
        editor.setOverrides(this::overrides);
    }

    /** Runs the spec as the editor holds it, with the options. */
    public void run() {
        start(null);
    }

    /** Runs again only what the last run did not finish: its failed and skipped steps, with its parameters. */
    public void resume() {
        if (canResume.get()) {
            start(lastRun.get().runId());
        }
    }

    /** Stops the run: the step running ends failed, the rest are skipped; the engine keeps their report. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    /** Shows a run read from the workspace as the pipeline's last one (when the panel opens a spec). */
    void showLastRun(RunReport report) {
        if (!running.get()) {
            lastRun.set(report);
        }
    }

    private void start(String resumeRunId) {
        if (running.get()) {
            return;
        }
        SpecDocument doc = editor.document();
        var request = new RunRequest(doc, overrides(), fullRefresh.get(), resumeRunId);
        long mine = ++generation;
        error.clear();
        running.set(true);
        task = runner.submit((resumeRunId == null ? "Running " : "Resuming ") + doc.name(),
                ctx -> service.get().run(request, listener(mine), ctx),
                report -> ended(mine, report), failure -> failed(mine, failure));
    }

    /** Events come on the runner's thread; each is applied on the UI thread, and only to the run it belongs to. */
    private RunListener listener(long mine) {
        return new RunListener() {
            @Override
            public void runStarted(RunReport run) {
                onUi(mine, () -> lastRun.set(run));
            }

            @Override
            public void stepStarted(String step) {
                var now = clock.instant();
                onUi(mine, () -> update(r -> RunReports.started(r, step, now)));
            }

            @Override
            public void stepFinished(StepReport report) {
                onUi(mine, () -> update(r -> RunReports.withStep(r, report)));
            }
        };
    }

    private void onUi(long mine, Runnable change) {
        uiThread.execute(() -> {
            if (mine == generation) {
                change.run();
            }
        });
    }

    private void update(java.util.function.UnaryOperator<RunReport> change) {
        if (lastRun.get() != null) {
            lastRun.set(change.apply(lastRun.get()));
        }
    }

    private void ended(long mine, RunReport report) {
        if (mine != generation) {
            return;
        }
        running.set(false);
        lastRun.set(report);
        if (report.status() != RunStatus.SUCCEEDED && report.error() != null) {
            error.show(new IllegalStateException(runOutcome(report)));
        }
        onRunEnded.accept(report);
    }

    private void failed(long mine, Throwable failure) {
        if (mine != generation) {
            return;
        }
        running.set(false);
        RunReport live = lastRun.get();
        boolean thisRun = live != null && live.status() == RunStatus.RUNNING;
        if (failure instanceof JobCancelledException) {
            if (thisRun) {
                lastRun.set(RunReports.cancelled(live, clock.instant()));
                onRunEnded.accept(lastRun.get());
            }
            return;
        }
        if (failure instanceof PipelineException refused && !refused.problems().isEmpty()) {
            editor.showProblems(refused.problems());
        }
        if (thisRun) {
            lastRun.set(RunReports.failed(live, clock.instant(), ErrorText.summary(failure)));
            onRunEnded.accept(lastRun.get());
        }
        error.show(failure);
    }

    private static String runOutcome(RunReport report) {
        return "Run " + report.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + report.error();
    }

    private static boolean resumable(RunStatus status) {
        return status == RunStatus.FAILED || status == RunStatus.CANCELLED;
    }

    /** Rows follow the spec's parameters; a value the user typed stays while its parameter is still declared. */
    private void syncParams(PipelineSpec spec) {
        Map<String, String> defaults = spec == null ? Map.of() : new java.util.TreeMap<>(spec.parameters());
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach(p -> {
            if (p.overrides()) {
                typed.put(p.name(), p.valueProperty().get());
            }
        });
        List<String> now = params.stream().map(p -> p.name() + "=" + p.defaultValue()).toList();
        List<String> next = defaults.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        if (now.equals(next)) {
            return;
        }
        params.setAll(defaults.entrySet().stream()
                .map(e -> new ParamRow(e.getKey(), e.getValue(), typed.getOrDefault(e.getKey(), e.getValue())))
                .toList());
    }

    /** The {@code --param}s of a run: the values that differ from the spec's defaults. */
    public Map<String, String> overrides() {
        Map<String, String> out = new LinkedHashMap<>();
        params.stream().filter(ParamRow::overrides).forEach(p -> out.put(p.name(), p.valueProperty().get()));
        return out;
    }

    /** Puts every parameter back to the spec's default. */
    public void resetParams() {
        params.forEach(p -> p.valueProperty().set(p.defaultValue()));
    }

    /** Who hears that a run ended (however it ended): the runs list and the trend read again. */
    void setOnRunEnded(Consumer<RunReport> onRunEnded) {
        this.onRunEnded = onRunEnded;
    }

    public ObservableList<ParamRow> params() {
        return params;
    }

    public BooleanProperty fullRefreshProperty() {
        return fullRefresh;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The pipeline's last run, live while one goes; null when it never ran. */
    public ReadOnlyObjectProperty<RunReport> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    /** Offered when the last run failed or was cancelled: a succeeded run has nothing left to do. */
    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    /** The task of the run under way, for its progress; null when none runs. */
    public RunningTask task() {
        return running.get() ? task : null;
    }

    public InlineError error() {
        return error;
    }
}
