package dev.lakehouse.explorer.engine;

/** The engine is not ready (still starting, failed, or stopped) or could not start. */
public final class EngineUnavailableException extends EngineException {
    public EngineUnavailableException(String message) {
        super(message);
    }

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
