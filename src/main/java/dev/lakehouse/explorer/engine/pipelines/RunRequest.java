package dev.lakehouse.explorer.engine.pipelines;

import java.util.Map;

/**
 * A run to start.
 *
 * @param params      {@code --param k=v} overrides; each must be declared in the spec's {@code parameters}
 * @param fullRefresh recompute every step from all of its input (bronze re-reads every file into a fresh table)
 * @param resumeRunId rerun only the steps that failed or were skipped in that run, with its parameters; or null
 */
public record RunRequest(SpecDocument spec, Map<String, String> params, boolean fullRefresh, String resumeRunId) {
    public RunRequest {
        params = Map.copyOf(params);
    }

    public static RunRequest of(SpecDocument spec) {
        return new RunRequest(spec, Map.of(), false, null);
    }
}
