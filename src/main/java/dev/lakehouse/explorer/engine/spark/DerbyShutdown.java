package dev.lakehouse.explorer.engine.spark;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Shuts the embedded Derby metastore down so that it removes its {@code db.lck}. Spark's stop() leaves Derby
 * running, and a lock left behind makes the next start print warnings about a possibly corrupt database.
 */
final class DerbyShutdown {
    private DerbyShutdown() {
    }

    static void run() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful system shutdown as SQLState XJ015; "no suitable driver" means it never ran.
        }
    }
}
