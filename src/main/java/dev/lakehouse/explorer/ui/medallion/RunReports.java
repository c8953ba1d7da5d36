package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;

import java.time.Instant;
import java.util.List;

/** A run's report as it grows while the run goes: each listener event gives a new report with one step changed. */
final class RunReports {
    private RunReports() {
    }

    static RunReport withStep(RunReport run, StepReport step) {
        boolean known = run.steps().stream().anyMatch(s -> s.name().equals(step.name()));
        List<StepReport> steps = known
                ? run.steps().stream().map(s -> s.name().equals(step.name()) ? step : s).toList()
                : java.util.stream.Stream.concat(run.steps().stream(), java.util.stream.Stream.of(step)).toList();
        return new RunReport(run.pipeline(), run.runId(), run.status(), run.specPath(), run.parameters(),
                run.fullRefresh(), run.resumedFrom(), run.trigger(), run.started(), run.ended(), run.error(), steps);
    }

    static RunReport started(RunReport run, String step, Instant now) {
        return run.steps().stream().filter(s -> s.name().equals(step)).findFirst()
                .map(s -> withStep(run, status(s, StepStatus.RUNNING, now, null, null))).orElse(run);
    }

    /**
     * What the panel shows once it stopped waiting for a cancelled run (the engine's own report follows in the list
     * of runs): the running step failed "cancelled", the waiting ones skipped, as the runner reports them.
     */
    static RunReport cancelled(RunReport run, Instant now) {
        List<StepReport> steps = run.steps().stream().map(s -> switch (s.status()) {
            case RUNNING -> status(s, StepStatus.FAILED, s.started(), now, "cancelled");
            case PENDING -> status(s, StepStatus.SKIPPED, null, null, "skipped: the run was cancelled");
            default -> s;
        }).toList();
        return new RunReport(run.pipeline(), run.runId(), RunStatus.CANCELLED, run.specPath(), run.parameters(),
                run.fullRefresh(), run.resumedFrom(), run.trigger(), run.started(), now, "cancelled", steps);
    }

    static RunReport failed(RunReport run, Instant now, String error) {
        List<StepReport> steps = run.steps().stream().map(s -> s.status() == StepStatus.RUNNING
                ? status(s, StepStatus.FAILED, s.started(), now, error) : s).toList();
        return new RunReport(run.pipeline(), run.runId(), RunStatus.FAILED, run.specPath(), run.parameters(),
                run.fullRefresh(), run.resumedFrom(), run.trigger(), run.started(), now, error, steps);
    }

    private static StepReport status(StepReport s, StepStatus status, Instant started, Instant ended, String error) {
        return new StepReport(s.name(), s.kind(), status, s.target(), s.version(), s.rowsRead(), s.rowsWritten(),
                s.rowsInserted(), s.rowsUpdated(), s.rowsDeleted(), s.rowsUnchanged(), s.rowsDropped(),
                s.rowsQuarantined(), s.rowsDuplicates(), s.filesIngested(), s.expectations(), s.sourceVersion(),
                started, ended, error);
    }
}
