package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.sql.ResultPage;

/** An open result of {@link Cursors}, read a page at a time; each call may run Spark jobs. */
interface PageSource {
    ResultPage next(int pageSize);
}
