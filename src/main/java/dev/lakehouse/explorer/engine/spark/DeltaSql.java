package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.delta.TableRef;

import java.util.List;
import java.util.stream.Collectors;

/** How Delta tables and columns are named in the SQL the Delta service runs (path tables, back-tick quoting). */
final class DeltaSql {
    private DeltaSql() {
    }

    /** The path as Spark's readers and {@code DeltaTable.forPath} take it. */
    static String path(TableRef table) {
        return table.sparkPath();
    }

    /** {@code delta.`/path/to/table`}: a path table in SQL, whatever characters the folder name holds. */
    static String table(TableRef table) {
        return "delta." + quote(path(table));
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    static String quoteAll(List<String> identifiers) {
        return identifiers.stream().map(DeltaSql::quote).collect(Collectors.joining(", "));
    }

    /** A SQL string literal. */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
