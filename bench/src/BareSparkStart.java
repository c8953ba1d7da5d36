import dev.lakehouse.explorer.engine.MasterUrl;
import dev.lakehouse.explorer.engine.spark.SessionConfig;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.apache.spark.sql.SparkSession;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline: a plain program that starts a SparkSession with exactly the app's configuration (Delta, Hive
 * metastore on Derby in a workspace) and makes the metastore answer once, as the app must before it can list
 * schemas. Prints milliseconds since JVM start and the peak resident memory.
 */
public final class BareSparkStart {
    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.prepare(Path.of(args[0]));
        System.setProperty("derby.stream.error.file", ws.logs().resolve("derby.log").toString());
        SparkSession.Builder b = SparkSession.builder();
        SessionConfig.of(MasterUrl.parse("local[*]"), ws).forEach(b::config);
        SparkSession spark = b.enableHiveSupport().getOrCreate();
        long session = sinceJvmStart();
        spark.sql("SHOW DATABASES").collectAsList();
        long metastore = sinceJvmStart();
        System.out.println("sessionMs=" + session);
        System.out.println("metastoreMs=" + metastore);
        System.out.println("peakRssMb=" + peakRssMb());
        spark.stop();
        System.exit(0);
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static long peakRssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
