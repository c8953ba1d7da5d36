package dev.lakehouse.explorer.engine;

/** A request that makes no sense before any work starts: a bad master URL, a negative row count. */
public final class InvalidRequestException extends EngineException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
