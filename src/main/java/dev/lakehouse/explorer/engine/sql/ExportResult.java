package dev.lakehouse.explorer.engine.sql;

import java.nio.file.Path;

/**
 * A result written to a file by {@link SqlService#export}.
 *
 * @param file          the file written
 * @param format        {@code csv} or {@code parquet}
 * @param bytes         the file's size
 * @param elapsedMillis wall time of the query and the write
 */
public record ExportResult(Path file, String format, long bytes, long elapsedMillis) {
}
