package dev.lakehouse.explorer.engine.samples;

/** A sample table written to the lakehouse, with its row count. */
public record LoadedTable(String table, long rows) {
}
