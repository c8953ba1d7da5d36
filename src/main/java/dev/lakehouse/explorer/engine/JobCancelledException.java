package dev.lakehouse.explorer.engine;

/** The user cancelled the job; nothing it had not finished was applied. */
public final class JobCancelledException extends EngineException {
    public JobCancelledException(String message) {
        super(message);
    }
}
