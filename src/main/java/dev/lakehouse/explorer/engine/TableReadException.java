package dev.lakehouse.explorer.engine;

/**
 * A Delta table, or one version of it, cannot be read: not a Delta table, a protocol or feature this reader does
 * not support, a damaged or cleaned-up log, data files removed by VACUUM, or a version that does not exist.
 */
public final class TableReadException extends EngineException {
    public TableReadException(String message) {
        super(message);
    }

    public TableReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
