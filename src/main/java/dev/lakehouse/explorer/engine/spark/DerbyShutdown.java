package dev.lakehouse.explorer.engine.spark;

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
        try {
            DriverManager.getConnection("jdbc:derby:;databaseName=" + database.toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006; XJ004 / "no suitable driver" mean it never ran.
        }
    }
}
