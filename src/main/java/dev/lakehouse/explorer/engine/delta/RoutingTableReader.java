package dev.lakehouse.explorer.engine.delta;

import dev.lakehouse.explorer.engine.sql.ResultPage;

import java.time.Instant;
import java.util.List;

/** Local folders to the compute-free reader, tables on remote storage to the one that reads through Spark. */
public final class RoutingTableReader implements TableReader {
    private final TableReader local;
    private final TableReader remote;

    public RoutingTableReader(TableReader local, TableReader remote) {
        this.local = local;
        this.remote = remote;
    }

    private TableReader of(TableRef table) {
        return table.isRemote() ? remote : local;
    }

    @Override
    public List<TableVersion> history(TableRef table) {
        return of(table).history(table);
    }

    @Override
    public TableDetail detail(TableRef table, Long version) {
        return of(table).detail(table, version);
    }

    @Override
    public TableSchema schema(TableRef table, Long version) {
        return of(table).schema(table, version);
    }

    @Override
    public ResultPage firstRows(TableRef table, Long version, int limit) {
        return of(table).firstRows(table, version, limit);
    }

    @Override
    public long rowCount(TableRef table, Long version) {
        return of(table).rowCount(table, version);
    }

    @Override
    public long latestVersion(TableRef table) {
        return of(table).latestVersion(table);
    }

    @Override
    public Long versionAt(TableRef table, Instant timestamp) {
        return of(table).versionAt(table, timestamp);
    }
}
