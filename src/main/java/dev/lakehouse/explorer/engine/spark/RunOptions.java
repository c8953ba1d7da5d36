package dev.lakehouse.explorer.engine.spark;

import java.util.Map;

/**
 * How to run a parsed spec.
 *
 * @param done        steps not to run again (a resumed run's succeeded steps), with the run they succeeded in
 * @param resumedFrom the run resumed, or null
 */
record RunOptions(boolean fullRefresh, String resumedFrom, Map<String, String> done, String trigger) {
    RunOptions {
        done = Map.copyOf(done);
    }

    static RunOptions fresh(boolean fullRefresh) {
        return new RunOptions(fullRefresh, null, Map.of(), "manual");
    }
}
