package dev.lakehouse.explorer.engine.sql;

import dev.lakehouse.explorer.engine.jobs.JobContext;

import java.nio.file.Path;
import java.util.List;

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

    /** The formats {@link #export} writes. */
    List<String> EXPORT_FORMATS = List.of("csv", "parquet");

    /**
     * Runs a query again and writes its whole result, not only the rows read so far, to one file: CSV with a
     * header line, or Parquet. Only queries are accepted (SELECT, WITH, VALUES, SHOW, DESCRIBE, …): running a
     * statement that changes data a second time to export its output would change the data again.
     *
     * <p>An existing {@code target} is replaced: callers ask the user first.
     *
     * @param format one of {@link #EXPORT_FORMATS}
     * @throws dev.lakehouse.explorer.engine.InvalidRequestException for a statement that is not a query, an
     *                                                               unknown format or a missing folder
     * @throws dev.lakehouse.explorer.engine.QueryException          when the query or the write fails
     */
    ExportResult export(String statement, Path target, String format, JobContext ctx);
}
