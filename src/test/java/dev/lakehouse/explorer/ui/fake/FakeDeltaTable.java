package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.sql.Column;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Delta table held in memory: one entry per commit with the schema, rows and properties as of that version.
 * Commits are an hour apart from 2026-11-20 10:00 UTC. Tests build it with {@link #commit}; the fake reader and
 * the fake Delta service read and change it.
 */
public final class FakeDeltaTable {
    public static final Instant FIRST_COMMIT = Instant.parse("2026-11-20T10:00:00Z");
    private final TableRef ref;
    private final List<Version> versions = new ArrayList<>();
    private volatile String broken;

    /** One version: its commit and the table as of it. */
    public record Version(TableVersion commit, List<SchemaField> fields, List<String> partitionColumns,
                          List<List<Object>> rows, Map<String, String> properties) {

        public List<Column> columns() {
            return fields.stream().map(f -> new Column(f.name(), f.type())).toList();
        }

        Version unreadable(String reason) {
            var c = commit;
            return new Version(new TableVersion(c.version(), c.timestamp(), c.operation(), c.operationParameters(),
                    c.operationMetrics(), c.userName(), c.engineInfo(), false, reason), fields, partitionColumns,
                    rows, properties);
        }
    }

    FakeDeltaTable(Path location) {
        this.ref = TableRef.path(location);
    }

    public TableRef ref() {
        return ref;
    }

    /** Commits a version with these columns and rows (the whole table as of it); properties carry over. */
    public synchronized FakeDeltaTable commit(String operation, List<Column> columns, List<List<Object>> rows) {
        return commit(operation, fields(columns), rows, latestOrEmpty().properties());
    }

    public synchronized FakeDeltaTable commit(String operation, List<SchemaField> fields, List<List<Object>> rows,
                                              Map<String, String> properties) {
        long v = versions.size();
        var metrics = Map.of("numOutputRows", String.valueOf(rows.size()), "numFiles", "1");
        var commit = new TableVersion(v, FIRST_COMMIT.plus(Duration.ofHours(v)), operation,
                Map.of("mode", "Append"), metrics, "tester", "Apache-Spark/3.5.9 Delta-Lake/3.3.3", true, null);
        versions.add(new Version(commit, List.copyOf(fields), latestOrEmpty().partitionColumns(),
                List.copyOf(rows), new LinkedHashMap<>(properties)));
        return this;
    }

    /** Sets the partition columns of the latest version. */
    public synchronized FakeDeltaTable partitionedBy(String... columns) {
        var last = versions.remove(versions.size() - 1);
        versions.add(new Version(last.commit(), last.fields(), List.of(columns), last.rows(), last.properties()));
        return this;
    }

    /** Marks versions as no longer readable, as VACUUM does. */
    public synchronized FakeDeltaTable unreadable(String reason, long... version) {
        for (long v : version) {
            versions.set((int) v, versions.get((int) v).unreadable(reason));
        }
        return this;
    }

    /** Makes every read fail, as a table with a protocol too new would. */
    public void breakWith(String message) {
        broken = message;
    }

    public synchronized long latestVersion() {
        return versions.size() - 1;
    }

    public synchronized List<TableVersion> history() {
        check();
        return versions.stream().map(Version::commit).sorted(Comparator.comparingLong(TableVersion::version).reversed())
                .toList();
    }

    /** The version (null: the latest); a version that cannot be read throws as the real reader does. */
    public synchronized Version version(Long version) {
        check();
        long v = version == null ? latestVersion() : version;
        if (v < 0 || v > latestVersion()) {
            throw new TableReadException("Version " + v + " of " + ref + " does not exist; versions 0–"
                    + latestVersion() + " can be read.");
        }
        Version found = versions.get((int) v);
        if (!found.commit().readable()) {
            throw new TableReadException("Version " + v + " of " + ref + " cannot be read: "
                    + found.commit().notReadableReason());
        }
        return found;
    }

    public TableSchema schema(Long version) {
        var v = version(version);
        return new TableSchema(v.fields(), v.partitionColumns());
    }

    public TableDetail detail(Long version) {
        var v = version(version);
        return new TableDetail(ref.location().toString(), "delta", v.commit().version(), 100L * v.rows().size(),
                v.commit().version() + 1, v.partitionColumns(), 1, 2, List.of("appendOnly", "invariants"),
                v.properties(), FIRST_COMMIT, v.commit().timestamp(), "fake-" + ref.location().getFileName(), null, null);
    }

    private Version latestOrEmpty() {
        return versions.isEmpty() ? new Version(null, List.of(), List.of(), List.of(), Map.of())
                : versions.get(versions.size() - 1);
    }

    private void check() {
        if (broken != null) {
            throw new TableReadException(broken);
        }
    }

    public static List<SchemaField> fields(List<Column> columns) {
        return columns.stream().map(c -> new SchemaField(c.name(), c.type(), true, null, null, Map.of(), List.of()))
                .toList();
    }
}
