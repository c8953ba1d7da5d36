package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.ConnectionCheck;

import java.util.Locale;

/**
 * One row of "Test connection": what was checked, in words, whether it passed, and what was found.
 *
 * @param label   "Endpoint", "Credential", …
 * @param ok      passed
 * @param message the engine's one-line finding
 */
public record CheckRow(String label, boolean ok, String message) {

    static CheckRow of(ConnectionCheck check) {
        return new CheckRow(label(check.check()), check.ok(), check.message());
    }

    private static String label(String check) {
        return switch (check) {
            case "resolve" -> "Name resolves";
            case "endpoint" -> "Endpoint";
            case "tls" -> "TLS";
            case "credential" -> "Credential";
            case "container" -> "Container";
            case "list" -> "List";
            case "write" -> "Write";
            case "dfs" -> "Data Lake endpoint";
            default -> check.isEmpty() ? check : check.substring(0, 1).toUpperCase(Locale.ROOT) + check.substring(1);
        };
    }
}
