package dev.lakehouse.explorer.engine;

/**
 * Storage cannot be reached or used: a connection that does not exist or is badly formed, a name that does not
 * resolve, a refused key or SAS, a missing container or file, a failed upload or download. The message never
 * contains a secret value.
 */
public final class StorageException extends EngineException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
