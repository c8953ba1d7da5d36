package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ExpectationResult;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunSummary;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The run report: the runs of the pipeline (newest first), the one shown (the live run while one goes), its steps
 * and expectation results, and the chosen expectation's failed rows across past runs.
 */
public final class ReportViewModel {
    static final int RUNS_SHOWN = 50;
    static final int TREND_RUNS = 30;
    private final Supplier<PipelineService> service;
    private final TaskRunner runner;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunReport> shown = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StepReport> steps = FXCollections.observableArrayList();
    private final ObservableList<ExpectationOutcome> expectations = FXCollections.observableArrayList();
    private final ObjectProperty<ExpectationOutcome> selectedExpectation = new SimpleObjectProperty<>();
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private final InlineError error = new InlineError();
    private List<RunReport> history = List.of();
    private String pipeline;
    private Consumer<RunReport> onLatest = r -> { };

    public ReportViewModel(Supplier<PipelineService> service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        shown.addListener((obs, old, report) -> fill(report));
        selectedExpectation.addListener((obs, old, e) -> fillTrend());
    }

    /** Reads the runs and the trend's history of a pipeline; the newest run is shown and handed to {@code onLatest}. */
    void load(String pipelineName) {
        pipeline = pipelineName;
        if (pipelineName == null) {
            runs.clear();
            history = List.of();
            shown.set(null);
            return;
        }
        runner.submit("Reading the runs of " + pipelineName, ctx -> {
            PipelineService s = service.get();
            return new Runs(s.runs(pipelineName, RUNS_SHOWN), s.history(pipelineName, TREND_RUNS));
        }, found -> {
            if (!pipelineName.equals(pipeline)) {
                return; // another spec was opened meanwhile
            }
            error.clear();
            runs.setAll(found.runs());
            history = found.history();
            RunReport newest = found.history().isEmpty() ? null : found.history().get(0);
            if (newest != null && !found.runs().isEmpty() && !found.runs().get(0).runId().equals(newest.runId())) {
                newest = null; // the newest run has no report in the history yet: read it on its own
                open(found.runs().get(0), true);
            }
            if (newest != null) {
                shown.set(newest);
                onLatest.accept(newest);
            }
            fillTrend();
        }, error::show);
    }

    /** Reads the runs again, after a run ended; the report shown stays. */
    void refresh() {
        RunReport keep = shown.get();
        String name = pipeline;
        if (name == null) {
            return;
        }
        runner.submit("Reading the runs of " + name, ctx -> {
            PipelineService s = service.get();
            return new Runs(s.runs(name, RUNS_SHOWN), s.history(name, TREND_RUNS));
        }, found -> {
            if (name.equals(pipeline)) {
                runs.setAll(found.runs());
                history = found.history();
                shown.set(keep);
                fillTrend();
            }
        }, error::show);
    }

    /** Opens an older run's report from the list. */
    public void open(RunSummary run) {
        open(run, false);
    }

    private void open(RunSummary run, boolean latest) {
        runner.submit("Reading run " + run.runId(), ctx -> service.get().show(run.runId()), report -> {
            if (report.isPresent()) {
                error.clear();
                shown.set(report.get());
                if (latest) {
                    onLatest.accept(report.get());
                }
            } else {
                error.show(new IllegalStateException("Run " + run.runId() + " has no report in this workspace."));
            }
        }, error::show);
    }

    /** Shows a report that is not read from the workspace: the live run. */
    void show(RunReport report) {
        shown.set(report);
    }

    private void fill(RunReport report) {
        ExpectationOutcome selected = selectedExpectation.get();
        steps.setAll(report == null ? List.of() : report.steps());
        List<ExpectationOutcome> rows = new ArrayList<>();
        if (report != null) {
            for (StepReport s : report.steps()) {
                for (ExpectationResult e : s.expectations()) {
                    rows.add(new ExpectationOutcome(s.name(), e.name(), e.action(), e.passed(), e.failed()));
                }
            }
        }
        expectations.setAll(rows);
        ExpectationOutcome again = selected == null ? null
                : rows.stream().filter(r -> r.key().equals(selected.key())).findFirst().orElse(null);
        selectedExpectation.set(again != null ? again : rows.isEmpty() ? null : rows.get(0));
        fillTrend();
    }

    /** Oldest run first, as a chart reads left to right; runs where the rule did not run are left out. */
    private void fillTrend() {
        ExpectationOutcome e = selectedExpectation.get();
        List<TrendPoint> points = new ArrayList<>();
        if (e != null) {
            for (int i = history.size() - 1; i >= 0; i--) {
                RunReport run = history.get(i);
                run.steps().stream().filter(s -> s.name().equals(e.step())).flatMap(s -> s.expectations().stream())
                        .filter(x -> x.name().equals(e.name())).findFirst()
                        .ifPresent(x -> points.add(new TrendPoint(run.runId(), run.started(), x.failed(), x.passed())));
            }
        }
        trend.setAll(points);
    }

    void setOnLatest(Consumer<RunReport> onLatest) {
        this.onLatest = onLatest;
    }

    public ObservableList<RunSummary> runs() {
        return runs;
    }

    /** The report shown, null before any. */
    public ReadOnlyObjectProperty<RunReport> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<StepReport> steps() {
        return steps;
    }

    public ObservableList<ExpectationOutcome> expectations() {
        return expectations;
    }

    /** The expectation whose trend shows; the first of the report by default. */
    public ObjectProperty<ExpectationOutcome> selectedExpectationProperty() {
        return selectedExpectation;
    }

    public ObservableList<TrendPoint> trend() {
        return trend;
    }

    public InlineError error() {
        return error;
    }

    private record Runs(List<RunSummary> runs, List<RunReport> history) {
    }
}
