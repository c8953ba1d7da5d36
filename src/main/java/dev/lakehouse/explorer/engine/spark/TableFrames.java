package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableRef;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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
        return query(table, query, false);
    }

    /**
     * The query's rows; {@code pinLatest} reads "the latest" as the version latest now, so that a result read in
     * several runs (a page at a time) does not move when a commit lands in between.
     */
    Frame query(TableRef table, TableQuery query, boolean pinLatest) {
        Long read = guard.resolve(table, query.version(), query.timestamp(), pinLatest);
        Long version = query.version() == null && query.timestamp() == null ? null : read; // null: "the latest"
        Dataset<Row> df = at(table, read);
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

    /** Spark cannot order by maps (nor by structs or arrays holding them): those are left out of the tie-break. */
    private static boolean orderable(DataType type) {
        if (type instanceof MapType) {
            return false;
        }
        if (type instanceof StructType struct) {
            return java.util.Arrays.stream(struct.fields()).allMatch(f -> orderable(f.dataType()));
        }
        return !(type instanceof ArrayType array) || orderable(array.elementType());
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
        // Then every other orderable column: a table page is read a page at a time by LIMIT/OFFSET, and rows that
        // tie on the user's keys must fall in the same order each time, or a page would repeat or skip some.
        for (StructField field : df.schema().fields()) {
            boolean chosen = keys.stream().anyMatch(k -> k.column().equalsIgnoreCase(field.name()));
            if (!chosen && orderable(field.dataType())) {
                order.add(df.col(DeltaSql.quote(field.name())).asc_nulls_first());
            }
        }
        return df.orderBy(order.toArray(Column[]::new));
    }
}
