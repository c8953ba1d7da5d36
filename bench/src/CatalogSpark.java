import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.DiffOptions;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.VersionDiff;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;

/**
 * Targets 2–5 side by side in ONE JVM with Spark ready: each measure runs the app's engine service and the bare
 * Spark baseline on the same session, in alternating order (app first in odd rounds, bare first in even ones). A
 * warm-up round comes first; its figures are reported as "first" and left out of the medians.
 * <pre>
 *   sorted     app: engine.delta().rows(events, sort SORT_COLUMN desc, 200)   (what the Data tab runs on a header click)
 *              bare: read.format("delta").load(p).orderBy(SORT_COLUMN desc).limit(200).collect()
 *   filtered   app: engine.delta().rows(events, filter FILTER, 200)
 *              bare: read.format("delta").load(p).filter(FILTER).limit(200).collect()
 *   history    app: engine.tables().history(commits) (compute-free); for reference engine.delta().history(commits)
 *              and bare DESCRIBE HISTORY
 *   v0         app: engine.tables().firstRows(commits, 0, 200) — what time travel to version 0 shows (Data tab
 *              without sort or filter); also engine.delta().rows(commits, version 0, 200) — the Spark path a sort
 *              or filter at version 0 takes
 *              bare: read.option("versionAsOf", 0).load(p).limit(200).collect()
 *   diff       app: engine.delta().diff(diff, 0, latest, key id, counts only) — as `table diff --key id`;
 *              for reference the Compare tab's call (rows too, at most 500)
 *              bare: v0.except(vN).count() + vN.except(v0).count()
 * </pre>
 * Usage: CatalogSpark WORKSPACE EVENTS COMMITS DIFF SAMPLES_FILE ROUNDS SORT_COLUMN FILTER
 */
public final class CatalogSpark {
    private final Engine engine;
    private final SparkSession spark;
    private final BenchSupport.Samples out;

    private CatalogSpark(Engine engine, SparkSession spark, BenchSupport.Samples out) {
        this.engine = engine;
        this.spark = spark;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        TableRef events = TableRef.path(Path.of(args[1]));
        TableRef commits = TableRef.path(Path.of(args[2]));
        TableRef diff = TableRef.path(Path.of(args[3]));
        var out = new BenchSupport.Samples(Path.of(args[4]));
        int rounds = Integer.parseInt(args[5]);
        String sortColumn = args[6];
        String filter = args[7];

        Engine engine = BenchSupport.openEngine(ws);
        long start = System.nanoTime();
        engine.startAsync();
        engine.awaitReady(Duration.ofMinutes(10));
        out.add("spark.engineReady", BenchSupport.msSince(start));
        SparkSession spark = SparkSession.getDefaultSession().get(); // the engine's own session
        var bench = new CatalogSpark(engine, spark, out);

        long latestDiff = engine.tables().latestVersion(diff);
        List<Measure> measures = List.of(
                new Measure("sorted",
                        () -> bench.appRows(events, new TableQuery(null, null,
                                List.of(new TableQuery.SortKey(sortColumn, false)), null)),
                        () -> bench.collect(bench.load(events, null).orderBy(col(sortColumn).desc()).limit(200))),
                new Measure("filtered",
                        () -> bench.appRows(events, new TableQuery(null, null, List.of(), filter)),
                        () -> bench.collect(bench.load(events, null).filter(filter).limit(200))),
                new Measure("history",
                        () -> engine.tables().history(commits).size(),
                        () -> spark.sql("DESCRIBE HISTORY delta.`" + commits.location() + "`").collectAsList().size()),
                new Measure("historySparkApp",
                        () -> engine.delta().history(commits, JobContext.silent("bench history")).size(),
                        null),
                new Measure("v0",
                        () -> engine.tables().firstRows(commits, 0L, 200).rows().size(),
                        () -> bench.collect(bench.load(commits, 0L).limit(200))),
                new Measure("v0SparkApp",
                        () -> bench.appRows(commits, TableQuery.atVersion(0)),
                        null),
                new Measure("diff",
                        () -> bench.appDiff(diff, latestDiff, false),
                        () -> bench.except(diff, latestDiff)),
                new Measure("diffCompareTab",
                        () -> bench.appDiff(diff, latestDiff, true),
                        null));

        for (int round = 0; round <= rounds; round++) {
            boolean warmUp = round == 0;
            boolean appFirst = round % 2 == 1 || warmUp;
            for (Measure m : measures) {
                List<Runnable> order = new ArrayList<>();
                order.add(() -> bench.run(m.name + ".app", m.app, warmUp));
                if (m.bare != null) {
                    order.add(() -> bench.run(m.name + ".bare", m.bare, warmUp));
                }
                if (!appFirst) {
                    java.util.Collections.reverse(order);
                }
                order.forEach(Runnable::run);
            }
        }
        engine.close();
        System.exit(0);
    }

    private record Measure(String name, Callable<Object> app, Callable<Object> bare) {
    }

    private void run(String name, Callable<Object> work, boolean warmUp) {
        try {
            long start = System.nanoTime();
            Object result = work.call();
            double ms = BenchSupport.msSince(start);
            out.add(name + (warmUp ? ".first" : ""), ms);
            if (warmUp) {
                out.note(name + ".result", String.valueOf(result));
            }
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
    }

    /** The Data tab's Spark call: opens the query's rows, reads the first page, closes the cursor. */
    private Object appRows(TableRef table, TableQuery query) {
        QueryResult r = engine.delta().rows(table, query, 200, JobContext.silent("bench rows"));
        engine.sql().close(r.cursorId());
        return r.firstPage().rows().size() + " rows, first " + r.firstPage().rows().get(0);
    }

    private Object appDiff(TableRef table, long latest, boolean compareTab) {
        DiffOptions options = compareTab ? new DiffOptions(List.of("id"), true, 500)
                : new DiffOptions(List.of("id"), false, 100);
        VersionDiff d = engine.delta().diff(table, 0, latest, options, JobContext.silent("bench diff"));
        var c = d.counts();
        return c.added() + " added, " + c.removed() + " removed, " + c.changed() + " changed (" + d.method()
                + "; as except rows: " + (c.added() + c.removed() + 2 * c.changed()) + ")";
    }

    private Dataset<Row> load(TableRef table, Long version) {
        var reader = spark.read().format("delta");
        if (version != null) {
            reader = reader.option("versionAsOf", version);
        }
        return reader.load(table.location().toString());
    }

    private Object collect(Dataset<Row> df) {
        List<Row> rows = df.collectAsList();
        return rows.size() + " rows, first " + rows.get(0);
    }

    private Object except(TableRef table, long latest) {
        Dataset<Row> v1 = load(table, 0L);
        Dataset<Row> v2 = load(table, latest);
        long removedOrChanged = v1.except(v2).count();
        long addedOrChanged = v2.except(v1).count();
        return removedOrChanged + " + " + addedOrChanged + " = " + (removedOrChanged + addedOrChanged) + " rows";
    }
}
