package dev.lakehouse.explorer.engine.connections;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Saved storage connections: add, remove, test, export and import them, and the Hadoop settings through which Spark
 * and the Delta reader reach their URIs. Connections are saved in the workspace with their secrets as references
 * only. Synchronous (testing reaches the network): callers keep it off the UI thread. Errors are
 * {@link dev.lakehouse.explorer.engine.StorageException}s with one-line messages and no secret values.
 */
public interface ConnectionService {

    /** Saved connections, sorted by name. */
    List<Connection> list();

    /** Validates and saves a new connection; a taken name, a missing field or a plain-text credential is refused. */
    Connection add(Connection connection);

    void remove(String name);

    /** The root URI of the connection's container as SQL {@code LOCATION} and {@code storage ls} take it. */
    String rootUri(Connection connection);

    /** Runs the checks of "Test connection" in order, stopping at the first failure. */
    ConnectionTestResult test(String name);

    /** Writes every connection to a file (secrets as references only); returns how many. */
    int exportTo(Path file);

    /** Adds the connections of an exported file; all or nothing: a taken name or a bad entry adds none. */
    List<Connection> importFrom(Path file);

    /**
     * The Hadoop settings (per account, never SQL-visible) for every saved connection whose root URI appears in the
     * text — a statement, a table location — with their secrets resolved now and registered with the redactor.
     */
    Map<String, String> hadoopSettingsFor(String text);

    /** The saved connection whose root URI holds the URI, or null. */
    Connection connectionFor(String uri);
}
