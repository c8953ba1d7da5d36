package dev.lakehouse.explorer.ui.medallion;

/**
 * A table the Catalog panel should open: a metastore name or an absolute folder, at a version (null: the latest).
 */
public record TableLink(String table, Long version) {
}
