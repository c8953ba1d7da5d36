package dev.lakehouse.explorer.engine;

/** A statement the engine could not run: a syntax error, a missing table or column, a failed job. */
public final class QueryException extends EngineException {
    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }

    public QueryException(String message) {
        super(message);
    }
}
