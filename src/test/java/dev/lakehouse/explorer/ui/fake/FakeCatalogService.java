package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.catalog.CatalogService;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.sql.Column;

import java.util.Comparator;
import java.util.List;

/** The catalog of a {@link FakeLakehouse}; {@link #failWith} makes every call fail as a broken metastore would. */
public final class FakeCatalogService implements CatalogService {
    private final FakeLakehouse lake;
    private volatile RuntimeException failure;
    public volatile int reads;
    public volatile int columnReads;

    public FakeCatalogService(FakeLakehouse lake) {
        this.lake = lake;
    }

    public void failWith(RuntimeException e) {
        failure = e;
    }

    @Override
    public List<SchemaSummary> schemas() {
        check();
        reads++;
        return lake.schemas().stream().map(s -> new SchemaSummary(s, lake.tables(s).size())).toList();
    }

    @Override
    public List<TableSummary> tables(String schema) {
        check();
        return lake.tables(schema).stream().map(FakeLakehouse.Table::summary).toList();
    }

    @Override
    public List<TableSummary> recentTables(int limit) {
        check();
        return lake.allTables().stream().map(FakeLakehouse.Table::summary)
                .sorted(Comparator.comparing(TableSummary::lastModified).reversed()).limit(limit).toList();
    }

    @Override
    public List<Column> columns(String schema, String table) {
        check();
        columnReads++;
        return lake.table(schema + "." + table).columns();
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }
}
