package dev.lakehouse.explorer.engine.sql;

import dev.lakehouse.explorer.engine.jobs.JobContext;

/**
 * Runs SQL on the lakehouse. Results are never collected whole: the first page comes back with a cursor, and
 * further pages are pulled as the user scrolls or the command line prints.
 */
public interface SqlService {

    /**
     * Runs one statement.
     *
     * @throws dev.lakehouse.explorer.engine.QueryException with a one-line message for a bad statement
     */
    QueryResult execute(String statement, int pageSize, JobContext ctx);

    /**
     * Runs a script: statements separated by {@code ;}, in order. The result is the last statement's. When a
     * statement fails, those before it stay applied and the error names the failing statement by number.
     */
    QueryResult executeScript(String script, int pageSize, JobContext ctx);

    /** The next page of an open cursor; the cursor closes itself after its last page. */
    ResultPage nextPage(String cursorId, int pageSize, JobContext ctx);

    /** Releases a cursor the caller no longer reads. Unknown ids are ignored. */
    void close(String cursorId);
}
