package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.MasterUrl;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spark configuration of a lakehouse session: Delta's extension and catalog, a Hive metastore on embedded Derby
 * and a warehouse, both inside the workspace so that schemas and tables survive a restart. Kept as a plain map so
 * that the start-up benchmark can build a bare session with exactly the same settings.
 */
public final class SessionConfig {
    private SessionConfig() {
    }

    public static Map<String, String> of(MasterUrl master, Workspace ws) {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.master", master.url());
        conf.put("spark.app.name", "Lakehouse Explorer");
        conf.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        conf.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        conf.put("spark.sql.catalogImplementation", "hive");
        conf.put("spark.sql.warehouse.dir", ws.warehouse().toUri().toString());
        conf.put("spark.hadoop.javax.jdo.option.ConnectionURL",
                "jdbc:derby:;databaseName=" + ws.metastore() + ";create=true");
        // Derby loads in the app's class loader, not Hive's isolated one, so that closing the app can shut it down
        // and leave no db.lck behind.
        conf.put("spark.sql.hive.metastore.sharedPrefixes",
                "org.apache.derby,com.mysql.jdbc,org.postgresql,com.microsoft.sqlserver,oracle.jdbc");
        conf.put("spark.hadoop.hive.exec.scratchdir", ws.state().resolve("hive-scratch").toString());
        conf.put("spark.local.dir", ws.state().resolve("spark-tmp").toString());
        // Plain java.time values in results (Instant, LocalDate) instead of java.sql types.
        conf.put("spark.sql.datetime.java8API.enabled", "true");
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.ui.showConsoleProgress", "false");
        conf.put("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        conf.put("spark.databricks.delta.snapshotPartitions", "4");
        // Column mapping in id mode (Delta's own tables and other writers') is readable only by Parquet field ids.
        conf.put("spark.sql.parquet.fieldId.read.enabled", "true");
        // VACUUM lists a table's folders in this many tasks (Spark's default: 10,000). On local[2] that took 60 s for
        // a two-file table (1.5 s with 8); a cluster has more slots, but not thousands.
        conf.put("spark.sql.sources.parallelPartitionDiscovery.parallelism",
                master.isLocal() ? String.valueOf(Math.max(8, 4 * Runtime.getRuntime().availableProcessors())) : "64");
        if (master.isLocal()) {
            conf.put("spark.driver.host", "127.0.0.1");
            conf.put("spark.driver.bindAddress", "127.0.0.1");
        } else {
            List<String> jars = clusterJars();
            if (!jars.isEmpty()) {
                conf.put("spark.jars", String.join(",", jars));
            }
        }
        return conf;
    }

    /**
     * The jars executors on a cluster need: the app's own and Delta's. The driver serves them to the executors,
     * so a cluster needs nothing installed beyond Spark itself.
     */
    static List<String> clusterJars() {
        List<String> jars = new ArrayList<>();
        for (String cls : new String[] {"dev.lakehouse.explorer.engine.spark.SessionConfig",
                "io.delta.sql.DeltaSparkSessionExtension", "io.delta.storage.LogStore"}) {
            Path jar = jarOf(cls);
            if (jar != null && !jars.contains(jar.toString())) {
                jars.add(jar.toString());
            }
        }
        return jars;
    }

    private static Path jarOf(String className) {
        try {
            CodeSource src = Class.forName(className).getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            Path p = Path.of(src.getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (ClassNotFoundException | URISyntaxException | SecurityException e) {
            return null;
        }
    }

    /** The folder Derby writes derby.log to; set as a system property before the metastore starts. */
    static void configureDerby(Workspace ws) {
        System.setProperty("derby.stream.error.file", ws.logs().resolve("derby.log").toString());
        System.setProperty("derby.system.home", ws.state().toString());
    }
}
