package dev.lakehouse.explorer.engine.catalog;

import dev.lakehouse.explorer.engine.sql.Column;

import java.util.List;

/** What the metastore holds. */
public interface CatalogService {

    /** Every schema with its table count, by name. */
    List<SchemaSummary> schemas();

    /** The tables and views of one schema, by name. */
    List<TableSummary> tables(String schema);

    /** Tables across all schemas whose data changed most recently, newest first. */
    List<TableSummary> recentTables(int limit);

    /**
     * The columns of a table or view, in order, as the metastore records them. Reads metadata only: no Spark job
     * runs, so it is quick enough for completion in the SQL editor.
     *
     * @throws dev.lakehouse.explorer.engine.QueryException when the table does not exist
     */
    List<Column> columns(String schema, String table);
}
