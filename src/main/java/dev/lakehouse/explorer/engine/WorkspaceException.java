package dev.lakehouse.explorer.engine;

/** The workspace folder cannot be used: missing, not a folder, not writable, or locked by another instance. */
public final class WorkspaceException extends EngineException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
