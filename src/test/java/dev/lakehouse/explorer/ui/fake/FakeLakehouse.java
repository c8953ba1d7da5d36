package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.sql.Column;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The data behind the fake services: schemas and tables held in memory, as a metastore would list them. */
public final class FakeLakehouse {
    private final TreeSet<String> schemas = new TreeSet<>(List.of("default"));
    private final Map<String, Table> tables = new TreeMap<>();
    private Instant clock = Instant.parse("2025-01-01T00:00:00Z");

    public record Table(String schema, String name, List<Column> columns, List<List<Object>> rows, Instant modified) {
        TableSummary summary() {
            return new TableSummary(schema, name, "MANAGED", "delta", "file:/warehouse/" + schema + ".db/" + name,
                    modified);
        }
    }

    public synchronized void createSchema(String schema) {
        schemas.add(schema.toLowerCase(Locale.ROOT));
    }

    public synchronized void put(String schema, String name, List<Column> columns, List<List<Object>> rows) {
        createSchema(schema);
        clock = clock.plusSeconds(60);
        tables.put(key(schema, name), new Table(schema.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT),
                List.copyOf(columns), List.copyOf(rows), clock));
    }

    public synchronized void dropSchemaTables(String schema) {
        tables.values().removeIf(t -> t.schema().equalsIgnoreCase(schema));
    }

    public synchronized Table table(String qualifiedName) {
        String name = qualifiedName.contains(".") ? qualifiedName : "default." + qualifiedName;
        Table t = tables.get(name.toLowerCase(Locale.ROOT));
        if (t == null) {
            throw new QueryException("[TABLE_OR_VIEW_NOT_FOUND] The table or view `" + qualifiedName
                    + "` cannot be found.");
        }
        return t;
    }

    public synchronized List<String> schemas() {
        return List.copyOf(schemas);
    }

    public synchronized boolean hasSchema(String schema) {
        return schemas.contains(schema.toLowerCase(Locale.ROOT));
    }

    public synchronized List<Table> tables(String schema) {
        return tables.values().stream().filter(t -> t.schema().equalsIgnoreCase(schema)).toList();
    }

    public synchronized List<Table> allTables() {
        return new ArrayList<>(tables.values());
    }

    private static String key(String schema, String name) {
        return (schema + "." + name).toLowerCase(Locale.ROOT);
    }
}
