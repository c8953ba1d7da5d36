package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.sql.ResultPage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The compute-free reader over in-memory {@link FakeDeltaTable}s, keyed by folder. Counts its calls. */
public final class FakeTableReader implements TableReader {
    private final Map<Path, FakeDeltaTable> tables = new ConcurrentHashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();

    /** A new, empty table at this folder (replacing one that was there). */
    public FakeDeltaTable create(Path folder) {
        var table = new FakeDeltaTable(folder);
        tables.put(table.ref().location(), table);
        return table;
    }

    public FakeDeltaTable table(TableRef ref) {
        FakeDeltaTable t = tables.get(ref.location());
        if (t == null) {
            throw new TableReadException(ref + " is not a Delta table: it has no _delta_log folder.");
        }
        return t;
    }

    public boolean exists(Path folder) {
        return tables.containsKey(folder.toAbsolutePath().normalize());
    }

    @Override
    public List<TableVersion> history(TableRef table) {
        calls.add("history");
        return table(table).history();
    }

    @Override
    public TableDetail detail(TableRef table, Long version) {
        calls.add("detail@" + version);
        return table(table).detail(version);
    }

    @Override
    public TableSchema schema(TableRef table, Long version) {
        calls.add("schema@" + version);
        return table(table).schema(version);
    }

    @Override
    public ResultPage firstRows(TableRef table, Long version, int limit) {
        calls.add("firstRows@" + version + "/" + limit);
        var v = table(table).version(version);
        var rows = v.rows();
        return new ResultPage(v.columns(), rows.subList(0, Math.min(limit, rows.size())), rows.size() > limit);
    }

    @Override
    public long rowCount(TableRef table, Long version) {
        return table(table).version(version).rows().size();
    }

    @Override
    public long latestVersion(TableRef table) {
        return table(table).latestVersion();
    }

    @Override
    public Long versionAt(TableRef table, Instant timestamp) {
        calls.add("versionAt " + timestamp);
        return table(table).history().stream().filter(v -> !v.timestamp().isAfter(timestamp))
                .map(TableVersion::version).findFirst()
                .orElseThrow(() -> new TableReadException("No version of " + table + " is as old as " + timestamp
                        + "; the first was committed at " + FakeDeltaTable.FIRST_COMMIT + "."));
    }
}
