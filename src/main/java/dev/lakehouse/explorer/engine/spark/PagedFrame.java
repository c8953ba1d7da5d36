package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.sql.ResultPage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * A table page's rows read by LIMIT/OFFSET: each page is its own small job — a top-k for a sorted query, a scan that
 * stops once it has enough rows for a filter — where a cursor over the whole result would sort or filter all of it
 * before the first row. The Dataset must have one order for every run: a pinned table version, and a sort that
 * breaks ties ({@link TableFrames}).
 */
final class PagedFrame implements PageSource {
    private final Dataset<Row> rows;
    private int offset;

    PagedFrame(Dataset<Row> rows) {
        this.rows = rows;
    }

    @Override
    public ResultPage next(int pageSize) {
        int size = Math.max(1, pageSize);
        Dataset<Row> from = offset == 0 ? rows : rows.offset(offset);
        List<Row> page = from.limit(size + 1).collectAsList(); // one row more says whether more follow
        boolean more = page.size() > size;
        List<Row> shown = more ? page.subList(0, size) : page;
        offset += shown.size();
        return new ResultPage(RowValues.columns(rows.schema()),
                shown.stream().map(r -> RowValues.values(r, rows.schema())).toList(), more);
    }
}
