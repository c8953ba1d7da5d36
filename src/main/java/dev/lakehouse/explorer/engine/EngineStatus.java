package dev.lakehouse.explorer.engine;

/**
 * A snapshot of the engine's lifecycle as the UI shows it.
 *
 * @param state   where the engine is in its lifecycle
 * @param message a one-line, user-facing description ("Starting Spark…", the failure reason)
 */
public record EngineStatus(EngineState state, String message) {
    public static EngineStatus of(EngineState state) {
        return new EngineStatus(state, switch (state) {
            case STOPPED -> "Engine stopped";
            case STARTING -> "Starting engine…";
            case READY -> "Engine ready";
            case FAILED -> "Engine failed";
            case STOPPING -> "Stopping engine…";
        });
    }
}
