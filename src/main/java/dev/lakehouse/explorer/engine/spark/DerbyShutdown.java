package dev.lakehouse.explorer.engine.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Shuts the workspace's embedded Derby metastore down so that it removes its {@code db.lck}. Spark's stop() leaves
 * Derby running, and a lock left behind makes the next start print warnings about a possibly corrupt database.
 * Only this workspace's database is shut down, not Derby as a whole: another engine in the same JVM (tests) may
 * still use its own. Also covers a database that only the metastore locator booted (Spark never started).
 */
final class DerbyShutdown {
    private DerbyShutdown() {
    }

    static void run(Path database) {
        if (System.getProperty("derby.stream.error.file") == null) {
            // Neither Spark nor the locator booted Derby: the shutdown call would, writing derby.log into the
            // working directory. Keep it with the workspace's logs.
            Path logs = database.toAbsolutePath().resolveSibling("logs");
            System.setProperty("derby.stream.error.file",
                    (Files.isDirectory(logs) ? logs : database.toAbsolutePath().getParent()).resolve("derby.log").toString());
        }
        try {
            DriverManager.getConnection("jdbc:derby:;databaseName=" + database.toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006; XJ004 / "no suitable driver" mean it never ran.
        }
    }
}
