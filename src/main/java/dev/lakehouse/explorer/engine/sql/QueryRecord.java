package dev.lakehouse.explorer.engine.sql;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of the SQL panel, as the query history keeps it.
 *
 * @param statement     the text that ran: a statement or a script
 * @param startedAt     when it started
 * @param elapsedMillis wall time until the result (or the error) came back
 * @param rowCount      rows of the result read when it came back; null for a statement without a result, or a failure
 * @param moreRows      the result had more rows than {@code rowCount}
 * @param error         the one-line error; null on success
 * @param success       whether it ran without error
 */
public record QueryRecord(String statement, Instant startedAt, long elapsedMillis, Long rowCount, boolean moreRows,
                          String error, boolean success) {

    public QueryRecord {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public static QueryRecord succeeded(String statement, Instant startedAt, long elapsedMillis, Long rowCount,
                                        boolean moreRows) {
        return new QueryRecord(statement, startedAt, elapsedMillis, rowCount, moreRows, null, true);
    }

    public static QueryRecord failed(String statement, Instant startedAt, long elapsedMillis, String error) {
        return new QueryRecord(statement, startedAt, elapsedMillis, null, false, error, false);
    }

    /** The same run with other texts, e.g. with secrets masked. */
    public QueryRecord withTexts(String newStatement, String newError) {
        return new QueryRecord(newStatement, startedAt, elapsedMillis, rowCount, moreRows, newError, success);
    }
}
