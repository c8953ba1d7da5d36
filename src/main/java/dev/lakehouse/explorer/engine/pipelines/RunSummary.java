package dev.lakehouse.explorer.engine.pipelines;

import java.time.Instant;

/** A run in the list of runs: what it was and how it went, without its steps. */
public record RunSummary(String pipeline, String runId, RunStatus status, String trigger, String resumedFrom,
                         Instant started, Instant ended, int stepsSucceeded, int stepsFailed, int stepsSkipped,
                         String error) {

    public static RunSummary of(RunReport r) {
        int ok = 0, failed = 0, skipped = 0;
        for (StepReport s : r.steps()) {
            switch (s.status()) {
                case SUCCEEDED -> ok++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
                default -> { }
            }
        }
        return new RunSummary(r.pipeline(), r.runId(), r.status(), r.trigger(), r.resumedFrom(), r.started(),
                r.ended(), ok, failed, skipped, r.error());
    }
}
