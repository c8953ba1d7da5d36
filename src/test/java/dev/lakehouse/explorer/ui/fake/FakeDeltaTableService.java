package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.delta.VersionDiff;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import dev.lakehouse.explorer.engine.sql.QueryResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The Spark-side Delta service over the fake reader's tables: sorted/filtered rows through real fake cursors,
 * counts, exports to a text file, diffs by key, and maintenance that commits new versions. Every call is logged
 * in {@link #calls} ("restore 1", "vacuum", …), so tests can tell what ran — and what did not.
 */
public final class FakeDeltaTableService implements DeltaTableService {
    private final FakeTableReader reader;
    private final FakeSqlService sql;
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public volatile List<String> suggestedKey = List.of();

    public FakeDeltaTableService(FakeTableReader reader, FakeSqlService sql) {
        this.reader = reader;
        this.sql = sql;
    }

    @Override
    public QueryResult rows(TableRef table, TableQuery query, int pageSize, JobContext ctx) {
        calls.add("rows " + describe(query));
        var v = reader.table(table).version(query.version());
        var rows = FakeRows.apply(v.columns(), v.rows(), query);
        return sql.openCursor("rows of " + table, v.columns(), rows, pageSize);
    }

    @Override
    public long count(TableRef table, TableQuery query, JobContext ctx) {
        calls.add("count " + describe(query));
        var v = reader.table(table).version(query.version());
        return FakeRows.apply(v.columns(), v.rows(), query).size();
    }

    @Override
    public ExportResult export(TableRef table, TableQuery query, Path target, ExportFormat format, JobContext ctx) {
        calls.add("export " + format + " " + describe(query));
        if (Files.exists(target)) {
            throw new QueryException(target + " exists; export never overwrites.");
        }
        var v = reader.table(table).version(query.version());
        var rows = FakeRows.apply(v.columns(), v.rows(), query);
        String text = rows.stream().map(r -> r.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n"));
        try {
            Files.writeString(target, text);
            return new ExportResult(target, rows.size(), Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<TableVersion> history(TableRef table, JobContext ctx) {
        return reader.table(table).history();
    }

    @Override
    public List<String> suggestedKey(TableRef table, JobContext ctx) {
        calls.add("suggestedKey");
        return suggestedKey;
    }

    @Override
    public VersionDiff diff(TableRef table, long from, long to, DiffOptions options, JobContext ctx) {
        calls.add("diff " + from + "→" + to + " by " + options.keyColumns());
        ctx.report(JobProgress.message(ctx.id(), "Comparing"));
        var t = reader.table(table);
        return FakeDiff.of(t.version(from), t.version(to), options);
    }

    @Override
    public RestorePreview previewRestore(TableRef table, long version, JobContext ctx) {
        calls.add("previewRestore " + version);
        var t = reader.table(table);
        var now = t.version(null);
        var then = t.version(version);
        return new RestorePreview(now.commit().version(), version, now.rows().size(), then.rows().size(),
                FakeDiff.schema(now.fields(), then.fields()));
    }

    @Override
    public MaintenanceResult restore(TableRef table, long version, JobContext ctx) {
        calls.add("restore " + version);
        var t = reader.table(table);
        var then = t.version(version);
        t.commit("RESTORE", then.fields(), then.rows(), then.properties());
        return new MaintenanceResult("RESTORE", t.latestVersion(), Map.of("numRestoredFiles", "1"));
    }

    @Override
    public VacuumPlan planVacuum(TableRef table, Double retainHours, JobContext ctx) {
        calls.add("planVacuum " + retainHours);
        var t = reader.table(table);
        List<Long> old = t.history().stream().map(TableVersion::version).filter(v -> v < t.latestVersion())
                .filter(v -> t.history().stream().anyMatch(h -> h.version() == v && h.readable())).sorted().toList();
        List<String> files = old.stream().map(v -> String.format("part-%05d.snappy.parquet", v)).toList();
        return new VacuumPlan(retainHours == null ? 168 : retainHours, files, 1024L * files.size(), old);
    }

    @Override
    public VacuumPlan vacuum(TableRef table, Double retainHours, JobContext ctx) {
        var plan = planVacuum(table, retainHours, ctx);
        calls.set(calls.size() - 1, "vacuum " + retainHours);
        var versions = plan.versionsNoLongerReadable().stream().mapToLong(Long::longValue).toArray();
        reader.table(table).unreadable("data files removed by VACUUM", versions);
        return plan;
    }

    @Override
    public MaintenanceResult optimize(TableRef table, List<String> zOrderBy, JobContext ctx) {
        calls.add("optimize " + zOrderBy);
        var t = reader.table(table);
        var now = t.version(null);
        t.commit("OPTIMIZE", now.fields(), now.rows(), now.properties());
        return new MaintenanceResult("OPTIMIZE", t.latestVersion(), Map.of("numAddedFiles", "1",
                "numRemovedFiles", String.valueOf(t.latestVersion())));
    }

    @Override
    public MaintenanceResult enableChangeDataFeed(TableRef table, JobContext ctx) {
        calls.add("enableChangeDataFeed");
        var t = reader.table(table);
        var now = t.version(null);
        var props = new HashMap<>(now.properties());
        props.put("delta.enableChangeDataFeed", "true");
        t.commit("SET TBLPROPERTIES", now.fields(), now.rows(), props);
        return new MaintenanceResult("SET TBLPROPERTIES", t.latestVersion(), Map.of());
    }

    private static String describe(TableQuery q) {
        return "v=" + q.version() + " sort=" + q.sort().stream()
                .map(k -> k.column() + (k.ascending() ? "↑" : "↓")).toList() + " filter=" + q.filter();
    }
}
