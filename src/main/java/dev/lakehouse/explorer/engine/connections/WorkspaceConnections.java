package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The workspace's saved connections ({@link ConnectionStore}), checked by {@link ConnectionValidator}, tested
 * through the {@link StorageAccess} of their kind.
 *
 * <p>Export writes the connections with their references and, for the reader, the names of the scopes those
 * references need; never a value nor a scope definition. Import validates every entry as {@link #add} does —
 * so a reference to a scope this workspace lacks is refused, naming the scope — and adds all or none.
 * Thread-safe: changes are serialised on this object.
 */
public final class WorkspaceConnections implements ConnectionService {
    private final ConnectionStore store;
    private final SecretService secrets;
    private final ConnectionValidator validator;
    private final StorageAccess azure;
    private final StorageAccess local;

    /** @param azure reaches ADLS, Blob and Azurite; null when this build has no Azure SDK */
    public WorkspaceConnections(Workspace ws, SecretService secrets, StorageAccess azure, StorageAccess local) {
        this.store = new ConnectionStore(ws);
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.validator = new ConnectionValidator(secrets);
        this.azure = azure;
        this.local = local;
    }

    @Override
    public List<Connection> list() {
        return store.load();
    }

    @Override
    public synchronized Connection add(Connection connection) {
        List<Connection> saved = store.load();
        validator.validate(connection, saved);
        List<Connection> all = new ArrayList<>(saved);
        all.add(connection);
        store.save(all);
        return connection;
    }

    @Override
    public synchronized void remove(String name) {
        Connection c = named(name);
        List<Connection> rest = new ArrayList<>(store.load());
        rest.remove(c);
        store.save(rest);
    }

    @Override
    public String rootUri(Connection connection) {
        return ConnectionRoots.root(connection).toString();
    }

    @Override
    public ConnectionTestResult test(String name) {
        Connection c = named(name);
        List<ConnectionCheck> checks = new ArrayList<>();
        String credential;
        try {
            credential = Credentials.resolve(secrets, c);
        } catch (SecretException e) {
            return new ConnectionTestResult(name, List.of(new ConnectionCheck("secret", false, e.getMessage())));
        }
        if (credential != null) {
            checks.add(new ConnectionCheck("secret", true, c.secret().trim() + " resolved"));
        }
        checks.addAll(Credentials.access(c, azure, local).diagnose(c, credential));
        return new ConnectionTestResult(name, checks);
    }

    @Override
    public int exportTo(Path file) {
        List<Connection> all = store.load();
        List<String> scopes = all.stream().map(Connection::secret).filter(SecretReference::isReference)
                .map(s -> SecretReference.parse(s).scope()).distinct().sorted().toList();
        ConnectionStore.write(file, all, scopes, "the exported connections");
        return all.size();
    }

    @Override
    public synchronized List<Connection> importFrom(Path file) {
        List<Connection> incoming = ConnectionStore.read(file, "The import file");
        List<Connection> all = new ArrayList<>(store.load());
        for (Connection c : incoming) {
            try {
                validator.validate(c, all); // against the saved ones and those accepted before it
            } catch (StorageException e) {
                throw new StorageException("Nothing was imported from " + file + ": " + e.getMessage(), e);
            }
            all.add(c);
        }
        store.save(all);
        return incoming;
    }

    @Override
    public Map<String, String> hadoopSettingsFor(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Connection c : store.load()) {
            if (c.type() != ConnectionType.LOCAL
                    && lower.contains(ConnectionRoots.root(c).authority().toLowerCase(Locale.ROOT))) {
                if (out.isEmpty()) {
                    out.putAll(HadoopSettings.global());
                }
                out.putAll(HadoopSettings.forConnection(c, Credentials.resolve(secrets, c)));
            }
        }
        return out;
    }

    /** @throws StorageException when the text is not a storage URI at all */
    @Override
    public Connection connectionFor(String uri) {
        StorageUri u = StorageUri.parse(uri);
        Comparator<Connection> longestRoot = Comparator.comparingInt(c -> ConnectionRoots.root(c).path().length());
        return store.load().stream().filter(c -> reaches(c, u)).max(longestRoot).orElse(null);
    }

    private static boolean reaches(Connection c, StorageUri u) {
        StorageUri root = ConnectionRoots.root(c);
        if (u.isLocal() || root.isLocal()) {
            return u.isLocal() && root.isLocal() && (u.path() + "/").startsWith(root.path());
        }
        return root.authority().equalsIgnoreCase(u.authority());
    }

    private Connection named(String name) {
        List<Connection> all = store.load();
        return all.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new StorageException(
                "No connection '" + name + "' (saved: " + (all.isEmpty() ? "none yet"
                        : all.stream().map(Connection::name).collect(Collectors.joining(", "))) + ")."));
    }
}
