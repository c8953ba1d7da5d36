package dev.lakehouse.explorer.engine.sql;

/**
 * The outcome of one statement: its first page, and a cursor to fetch the rest page by page.
 *
 * @param cursorId      pass to {@link SqlService#nextPage}; null when the first page holds every row
 * @param statement     the statement that ran
 * @param firstPage     the first rows
 * @param elapsedMillis wall time until the first page was ready
 */
public record QueryResult(String cursorId, String statement, ResultPage firstPage, long elapsedMillis) {
}
