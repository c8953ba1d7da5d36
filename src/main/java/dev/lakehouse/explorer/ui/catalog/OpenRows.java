package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.SqlService;

/**
 * Rows opened by Spark together with the service that can close their cursor: if the query is cancelled or
 * superseded while it runs, the task runner closes what it returns, so no cursor is left open.
 */
record OpenRows(QueryResult result, SqlService sql) implements AutoCloseable {

    @Override
    public void close() {
        if (result.cursorId() != null) {
            sql.close(result.cursorId());
        }
    }
}
