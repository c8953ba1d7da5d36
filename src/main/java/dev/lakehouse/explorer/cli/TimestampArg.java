package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** {@code --timestamp} values: ISO-8601 with a zone or offset, or a local date(-time) in this machine's zone. */
final class TimestampArg {
    private TimestampArg() {
    }

    static Instant parse(String text, ZoneId localZone) {
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atZone(localZone).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay(localZone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Not a timestamp: " + text
                    + " (use e.g. 2024-05-01T10:00:00Z, 2024-05-01 10:00:00 or 2024-05-01)");
        }
    }
}
