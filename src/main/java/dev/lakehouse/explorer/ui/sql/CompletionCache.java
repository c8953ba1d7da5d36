package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.sql.Column;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names completion proposes, as far as they have been read from the engine: schemas with their tables (read
 * all at once), and columns per table (read when a statement names the table). Used on the UI thread only.
 */
final class CompletionCache {
    static final String DEFAULT_SCHEMA = "default";
    private Map<String, List<String>> tables; // null until read
    private final Map<TableName, List<Column>> columns = new HashMap<>();

    boolean hasTables() {
        return tables != null;
    }

    /** Replaces schemas and tables, e.g. {@code {bronze=[orders_raw, houses]}}. */
    void setTables(Map<String, List<String>> bySchema) {
        tables = new TreeMap<>();
        bySchema.forEach((schema, names) -> tables.put(schema.toLowerCase(Locale.ROOT),
                names.stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().toList()));
    }

    void putColumns(TableName table, List<Column> cols) {
        columns.put(table, List.copyOf(cols));
    }

    /** The columns of a table, or null while they have not been read. */
    List<Column> columns(TableName table) {
        return columns.get(table);
    }

    void clear() {
        tables = null;
        columns.clear();
    }

    List<String> schemas() {
        return tables == null ? List.of() : List.copyOf(tables.keySet());
    }

    List<String> tables(String schema) {
        return tables == null ? List.of() : tables.getOrDefault(schema.toLowerCase(Locale.ROOT), List.of());
    }

    boolean hasSchema(String schema) {
        return tables != null && tables.containsKey(schema.toLowerCase(Locale.ROOT));
    }

    boolean hasTable(TableName t) {
        return tables(t.schema()).contains(t.table());
    }

    /**
     * The table an unqualified name means: the one in {@code default} (Spark's current schema unless a USE changed
     * it), else the only schema holding a table of that name.
     */
    Optional<TableName> resolve(String table) {
        var inDefault = new TableName(DEFAULT_SCHEMA, table);
        if (hasTable(inDefault)) {
            return Optional.of(inDefault);
        }
        List<TableName> found = schemas().stream().map(s -> new TableName(s, table)).filter(this::hasTable).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
