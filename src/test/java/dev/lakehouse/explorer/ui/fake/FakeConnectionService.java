package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionCheck;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.ConnectionTestResult;
import dev.lakehouse.explorer.engine.connections.ConnectionType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Saved connections in memory; "Test connection" answers with {@link #checks}. Calls are recorded. */
public final class FakeConnectionService implements ConnectionService {
    public final Map<String, Connection> saved = new TreeMap<>();
    public final List<Connection> added = new CopyOnWriteArrayList<>();
    public final List<String> removed = new CopyOnWriteArrayList<>();
    public final List<String> tested = new CopyOnWriteArrayList<>();
    /** What {@link #test} reports. */
    public volatile List<ConnectionCheck> checks = List.of(
            new ConnectionCheck("endpoint", true, "127.0.0.1:10000 answers"),
            new ConnectionCheck("credential", true, "The account key is accepted"),
            new ConnectionCheck("container", true, "Container 'lakehouse' exists"));

    public FakeConnectionService with(Connection connection) {
        saved.put(connection.name(), connection);
        return this;
    }

    @Override
    public synchronized List<Connection> list() {
        return List.copyOf(saved.values());
    }

    @Override
    public synchronized Connection add(Connection connection) {
        if (saved.containsKey(connection.name())) {
            throw new StorageException("A connection named '" + connection.name() + "' exists already.");
        }
        added.add(connection);
        saved.put(connection.name(), connection);
        return connection;
    }

    @Override
    public synchronized void remove(String name) {
        if (saved.remove(name) == null) {
            throw new StorageException("No connection named '" + name + "'.");
        }
        removed.add(name);
    }

    @Override
    public String rootUri(Connection c) {
        return switch (c.type()) {
            case ADLS -> "abfss://" + c.container() + "@" + c.account() + ".dfs.core.windows.net/";
            case BLOB -> "wasbs://" + c.container() + "@" + c.account() + ".blob.core.windows.net/";
            case AZURITE -> "wasb://" + c.container() + "@" + c.account() + ".localhost:10000/";
            case LOCAL -> Path.of(c.endpoint()).toUri().toString();
        };
    }

    @Override
    public ConnectionTestResult test(String name) {
        tested.add(name);
        if (!saved.containsKey(name)) {
            throw new StorageException("No connection named '" + name + "'.");
        }
        return new ConnectionTestResult(name, checks);
    }

    /** Where the last export went, and what an import adds (or the error it fails with). */
    public volatile Path exported;
    public volatile List<Connection> toImport = List.of();
    public volatile RuntimeException importFailure;

    @Override
    public int exportTo(Path file) {
        exported = file;
        return list().size();
    }

    @Override
    public List<Connection> importFrom(Path file) {
        if (importFailure != null) {
            throw importFailure;
        }
        toImport.forEach(this::add);
        return toImport;
    }

    @Override
    public Map<String, String> hadoopSettingsFor(String text) {
        return Map.of();
    }

    @Override
    public Connection connectionFor(String uri) {
        return saved.values().stream().filter(c -> c.type() != ConnectionType.LOCAL && uri.startsWith(rootUri(c)))
                .findFirst().orElse(null);
    }
}
