package dev.lakehouse.explorer.engine.catalog;

import java.time.Instant;

/**
 * A table or view registered in the metastore.
 *
 * @param schema       schema name
 * @param name         table name
 * @param kind         MANAGED, EXTERNAL or VIEW
 * @param format       provider, e.g. {@code delta}, {@code parquet}; empty for views
 * @param location     storage location URI, empty for views
 * @param lastModified when its data last changed, or null when unknown
 */
public record TableSummary(String schema, String name, String kind, String format, String location,
                           Instant lastModified) {

    public String qualifiedName() {
        return schema + "." + name;
    }
}
