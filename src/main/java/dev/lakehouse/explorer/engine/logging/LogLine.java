package dev.lakehouse.explorer.engine.logging;

import java.time.Instant;

/** One log event after redaction. */
public record LogLine(Instant time, Level level, String logger, String message) {

    public enum Level { TRACE, DEBUG, INFO, WARN, ERROR }
}
