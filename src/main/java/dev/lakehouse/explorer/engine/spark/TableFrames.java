package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableRef;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Delta tables as DataFrames: a version (checked first), then the query's filter and sort, all planned by Spark. */
final class TableFrames {
    private final Supplier<SparkSession> session;
    private final VersionGuard guard;

    TableFrames(Supplier<SparkSession> session, VersionGuard guard) {
        this.session = session;
        this.guard = guard;
    }

    /** The rows a query selects, and the SQL that would select them (shown to the user, never run). */
    record Frame(Dataset<Row> rows, Long version, String statement) {
    }

    Frame query(TableRef table, TableQuery query) {
        Long version = guard.resolve(table, query.version(), query.timestamp());
        Dataset<Row> df = at(table, version);
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(DeltaSql.table(table));
        if (version != null) {
            sql.append(" VERSION AS OF ").append(version);
        }
        if (query.filter() != null && !query.filter().isBlank()) {
            df = filtered(df, query.filter());
            sql.append(" WHERE ").append(query.filter().strip());
        }
        if (!query.sort().isEmpty()) {
            df = sorted(df, query.sort());
            sql.append(" ORDER BY ").append(String.join(", ", query.sort().stream()
                    .map(k -> DeltaSql.quote(k.column()) + (k.ascending() ? "" : " DESC")).toList()));
        }
        return new Frame(df, version, sql.toString());
    }

    /** The table at a version already checked, or the latest for null. */
    Dataset<Row> at(TableRef table, Long version) {
        DataFrameReader reader = session.get().read().format("delta");
        if (version != null) {
            reader = reader.option("versionAsOf", version);
        }
        return reader.load(DeltaSql.path(table));
    }

    /** The table at a version, checked first. */
    Dataset<Row> checkedAt(TableRef table, long version) {
        guard.check(table, version);
        return at(table, version);
    }

    private static Dataset<Row> filtered(Dataset<Row> df, String filter) {
        try {
            return df.where(filter);
        } catch (Exception e) { // ParseException and AnalysisException are thrown undeclared from Scala
            if (e instanceof ParseException || e instanceof AnalysisException) {
                throw new QueryException("Bad filter \"" + filter.strip() + "\": " + SparkErrors.oneLine(e.getMessage()), e);
            }
            throw e;
        }
    }

    private static Dataset<Row> sorted(Dataset<Row> df, List<TableQuery.SortKey> keys) {
        List<Column> order = new ArrayList<>();
        for (TableQuery.SortKey k : keys) {
            Column c;
            try {
                c = df.col(DeltaSql.quote(k.column()));
            } catch (Exception e) {
                throw new QueryException("Cannot sort by " + k.column() + ": the table has no such column", e);
            }
            // Nulls where a spreadsheet puts them: first going up, last going down.
            order.add(k.ascending() ? c.asc_nulls_first() : c.desc_nulls_last());
        }
        return df.orderBy(order.toArray(Column[]::new));
    }
}
