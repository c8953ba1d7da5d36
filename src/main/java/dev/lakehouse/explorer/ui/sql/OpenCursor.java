package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.SqlService;

/**
 * A query's outcome while it travels back to the UI. It is {@link AutoCloseable} so that the task runner releases
 * the cursor when the query was cancelled and nobody will read it.
 */
record OpenCursor(QueryResult result, SqlService sql) implements AutoCloseable {

    @Override
    public void close() {
        if (result.cursorId() != null) {
            sql.close(result.cursorId());
        }
    }
}
