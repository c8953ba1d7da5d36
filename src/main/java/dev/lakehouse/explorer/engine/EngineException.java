package dev.lakehouse.explorer.engine;

/**
 * The one family of errors that leaves the engine. The message is written for the user and fits on one line;
 * the cause, when there is one, is kept for the log.
 */
public sealed class EngineException extends RuntimeException
        permits QueryException, WorkspaceException, EngineUnavailableException, JobCancelledException,
        InvalidRequestException, TableReadException, SecretException, StorageException, PipelineException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
