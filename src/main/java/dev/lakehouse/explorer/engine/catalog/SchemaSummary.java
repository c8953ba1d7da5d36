package dev.lakehouse.explorer.engine.catalog;

/** A schema (database) of the metastore with the number of tables and views it holds. */
public record SchemaSummary(String name, int tableCount) {
}
