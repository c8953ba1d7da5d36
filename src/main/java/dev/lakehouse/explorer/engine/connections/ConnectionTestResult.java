package dev.lakehouse.explorer.engine.connections;

import java.util.List;

/** The outcome of "Test connection": every check made, in order; the first failure ends the list. */
public record ConnectionTestResult(String name, List<ConnectionCheck> checks) {
    public ConnectionTestResult {
        checks = List.copyOf(checks);
    }

    public boolean ok() {
        return !checks.isEmpty() && checks.stream().allMatch(ConnectionCheck::ok);
    }
}
