package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.sql.ResultPage;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An open result, read a page at a time. Backed by {@code Dataset.toLocalIterator()}, which runs one Spark job per
 * partition as the reader advances, so the driver holds at most one partition and never the whole result.
 */
final class SqlCursor implements PageSource {
    private final StructType schema;
    private final Iterator<Row> rows;

    SqlCursor(StructType schema, Iterator<Row> rows) {
        this.schema = schema;
        this.rows = rows;
    }

    StructType schema() {
        return schema;
    }

    private List<List<Object>> nextRows(int count) {
        List<List<Object>> page = new ArrayList<>(Math.min(count, 1024));
        while (page.size() < count && rows.hasNext()) {
            page.add(RowValues.values(rows.next(), schema));
        }
        return page;
    }

    boolean hasMore() {
        return rows.hasNext();
    }

    @Override
    public ResultPage next(int pageSize) {
        List<List<Object>> page = nextRows(Math.max(1, pageSize));
        return new ResultPage(RowValues.columns(schema), page, hasMore());
    }
}
