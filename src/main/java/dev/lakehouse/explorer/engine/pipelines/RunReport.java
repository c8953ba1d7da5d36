package dev.lakehouse.explorer.engine.pipelines;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One pipeline run, as kept in the workspace's {@code system} schema.
 *
 * @param resumedFrom the run this one resumed, or null
 * @param trigger     what started it: {@code manual} for now
 * @param error       why the run failed or was cancelled, or null
 */
public record RunReport(String pipeline, String runId, RunStatus status, String specPath,
                        Map<String, String> parameters, boolean fullRefresh, String resumedFrom, String trigger,
                        Instant started, Instant ended, String error, List<StepReport> steps) {
    public RunReport {
        parameters = Map.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    public long durationMillis() {
        return started == null || ended == null ? 0 : ended.toEpochMilli() - started.toEpochMilli();
    }
}
