import dev.lakehouse.explorer.engine.MasterUrl;
import dev.lakehouse.explorer.engine.spark.SessionConfig;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Creates the catalog benchmark's Delta tables with real Delta writes (a plain Spark session, no metastore), each
 * only when missing. Each is written to a scratch folder and renamed into place when complete, so an interrupted
 * run never leaves a table that looks finished.
 * <pre>
 *   events-ROWS     ROWS rows in 8 files + 50 small INSERTs (51 commits; the shape of bench/browse.sh)
 *   commits-N       N commits: a 1,000-row CTAS, then INSERTs of 10 rows, an UPDATE of one row every 100th commit
 *                   (checkpoints every 10 commits, Delta's default)
 *   diff-ROWS       v0 ROWS rows; v1 UPDATE of 1% (id % 100 = 0); v2 DELETE of 0.1% (id % 1000 = 1);
 *                   v3 INSERT of ROWS/100 new ids — a keyed diff 0 → 3 finds 1% added, 0.1% removed, 1% changed
 * </pre>
 * Usage: CatalogTables WORKSPACE EVENTS_DIR ROWS COMMITS_DIR COMMITS DIFF_DIR DIFF_ROWS
 */
public final class CatalogTables {
    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Path events = Path.of(args[1]).toAbsolutePath();
        long rows = Long.parseLong(args[2]);
        Path commits = Path.of(args[3]).toAbsolutePath();
        int commitCount = Integer.parseInt(args[4]);
        Path diff = Path.of(args[5]).toAbsolutePath();
        long diffRows = Long.parseLong(args[6]);
        if (complete(events) && complete(commits) && complete(diff)) {
            return;
        }
        SparkSession spark = session(ws);
        try {
            make(events, t -> events(spark, t, rows));
            make(commits, t -> commits(spark, t, commitCount));
            make(diff, t -> diff(spark, t, diffRows));
        } finally {
            spark.stop();
        }
        System.exit(0);
    }

    private static void events(SparkSession spark, String t, long rows) {
        spark.sql("CREATE TABLE " + t + " USING delta AS SELECT id, id % 1000 AS customer, rand(7) * 100 AS amount,"
                + " 'event-' || id AS label FROM range(0, " + rows + ", 1, 8)");
        for (int i = 1; i <= 50; i++) {
            spark.sql("INSERT INTO " + t + " SELECT id, " + i + " AS customer, " + i + " * 1.5 AS amount, 'late-" + i
                    + "' AS label FROM range(0, 1000)");
        }
    }

    private static void commits(SparkSession spark, String t, int commits) {
        spark.sql("CREATE TABLE " + t + " USING delta AS SELECT id, id % 100 AS customer, rand(3) * 100 AS amount,"
                + " 'first-' || id AS label FROM range(0, 1000, 1, 1)");
        long start = System.nanoTime();
        for (int v = 1; v < commits; v++) {
            if (v % 100 == 50) {
                spark.sql("UPDATE " + t + " SET amount = amount + 1 WHERE id = " + (1000 + (v - 1) * 10L));
            } else {
                long from = 1000 + v * 10L;
                spark.sql("INSERT INTO " + t + " SELECT id, id % 100 AS customer, " + v + " * 0.5 AS amount, 'commit-"
                        + v + "' AS label FROM range(" + from + ", " + (from + 10) + ", 1, 1)");
            }
            if (v % 100 == 0) {
                System.out.printf("  %d of %d commits (%.0f ms per commit)%n", v, commits,
                        (System.nanoTime() - start) / 1e6 / v);
            }
        }
    }

    private static void diff(SparkSession spark, String t, long rows) {
        spark.sql("CREATE TABLE " + t + " USING delta AS SELECT id, id % 1000 AS customer, rand(11) * 100 AS amount,"
                + " 'row-' || id AS label FROM range(0, " + rows + ", 1, 4)");
        spark.sql("UPDATE " + t + " SET amount = amount + 1 WHERE id % 100 = 0");
        spark.sql("DELETE FROM " + t + " WHERE id % 1000 = 1");
        spark.sql("INSERT INTO " + t + " SELECT id, id % 1000 AS customer, rand(13) * 100 AS amount, 'new-' || id AS label"
                + " FROM range(" + rows + ", " + (rows + rows / 100) + ", 1, 1)");
    }

    private interface Maker {
        void make(String tableSql);
    }

    private static void make(Path table, Maker maker) throws IOException {
        if (complete(table)) {
            return;
        }
        Path scratch = table.resolveSibling(table.getFileName() + ".partial");
        deleteTree(scratch);
        deleteTree(table);
        System.out.println("creating " + table + " …");
        long start = System.nanoTime();
        maker.make("delta.`" + scratch + "`");
        Files.move(scratch, table); // Delta's log holds paths relative to the table folder
        System.out.printf("created %s in %.0f s%n", table, (System.nanoTime() - start) / 1e9);
    }

    private static boolean complete(Path table) {
        return Files.isDirectory(table.resolve("_delta_log"));
    }

    private static SparkSession session(Path wsFolder) {
        Workspace ws = Workspace.prepare(wsFolder);
        SparkSession.Builder b = SparkSession.builder();
        SessionConfig.of(MasterUrl.parse("local[*]"), ws).forEach(b::config);
        b.config("spark.sql.catalogImplementation", "in-memory"); // path tables only: no metastore needed
        return b.getOrCreate();
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
