package dev.lakehouse.explorer.engine.catalog;

import java.util.List;

/** What the metastore holds. */
public interface CatalogService {

    /** Every schema with its table count, by name. */
    List<SchemaSummary> schemas();

    /** The tables and views of one schema, by name. */
    List<TableSummary> tables(String schema);

    /** Tables across all schemas whose data changed most recently, newest first. */
    List<TableSummary> recentTables(int limit);
}
