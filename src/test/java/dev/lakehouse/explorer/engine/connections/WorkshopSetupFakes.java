package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.secrets.PassphraseProvider;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.sql.ExportResult;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.engine.sql.SqlService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small hand-written doubles of the three services {@link WorkshopSetup} uses; each records what it was asked. */
final class WorkshopSetupFakes {
    private WorkshopSetupFakes() {
    }

    /** Scopes by name, secrets by "scope/key"; a local scope asks the provider as the real service does. */
    static final class Secrets implements SecretService {
        final Map<String, ScopeDefinition> scopes = new TreeMap<>();
        final Map<String, String> values = new TreeMap<>();
        final List<String> calls = new ArrayList<>();
        PassphraseProvider provider = (scope, creating) -> "a passphrase".toCharArray();

        @Override
        public List<ScopeDefinition> scopes() {
            return List.copyOf(scopes.values());
        }

        @Override
        public ScopeDefinition createLocalScope(String name) {
            calls.add("createLocalScope " + name);
            provider.passphrase(name, true);
            scopes.put(name, ScopeDefinition.local(name));
            return scopes.get(name);
        }

        @Override
        public ScopeDefinition createKeyVaultScope(ScopeDefinition definition) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteScope(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> keys(String scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void put(String scope, String key, String value) {
            if (!scopes.containsKey(scope)) {
                throw new SecretException("No secret scope '" + scope + "'.");
            }
            calls.add("put " + scope + "/" + key);
            values.put(scope + "/" + key, value);
        }

        @Override
        public void delete(String scope, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String value(SecretReference reference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String resolve(String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPassphraseProvider(PassphraseProvider provider) {
            this.provider = provider;
        }

        @Override
        public boolean isUnlocked(String scope) {
            return true;
        }
    }

    /** Saved connections; {@link #test} answers {@link #checks}. */
    static final class Connections implements ConnectionService {
        final Map<String, Connection> saved = new TreeMap<>();
        final List<String> calls = new ArrayList<>();
        List<ConnectionCheck> checks = List.of(new ConnectionCheck("endpoint", true, "Azurite answers"),
                new ConnectionCheck("credential", true, "The key is accepted"),
                new ConnectionCheck("container", true, "Container 'lakehouse' exists"));

        @Override
        public List<Connection> list() {
            return List.copyOf(saved.values());
        }

        @Override
        public Connection add(Connection connection) {
            calls.add("add " + connection.name());
            saved.put(connection.name(), connection);
            return connection;
        }

        @Override
        public void remove(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String rootUri(Connection connection) {
            return "wasb://" + connection.container() + "@" + connection.account() + ".localhost:10000/";
        }

        @Override
        public ConnectionTestResult test(String name) {
            calls.add("test " + name);
            if (!saved.containsKey(name)) {
                throw new StorageException("No connection named '" + name + "'.");
            }
            return new ConnectionTestResult(name, checks);
        }

        @Override
        public int exportTo(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Connection> importFrom(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> hadoopSettingsFor(String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Connection connectionFor(String uri) {
            throw new UnsupportedOperationException();
        }
    }

    /** Records statements; {@link #failure} makes the next one fail. */
    static final class Sql implements SqlService {
        final List<String> executed = new ArrayList<>();
        RuntimeException failure;

        @Override
        public QueryResult execute(String statement, int pageSize, JobContext ctx) {
            executed.add(statement);
            if (failure != null) {
                throw failure;
            }
            return new QueryResult(null, statement, new ResultPage(List.of(), List.of(), false), 5);
        }

        @Override
        public QueryResult executeScript(String script, int pageSize, JobContext ctx) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResultPage nextPage(String cursorId, int pageSize, JobContext ctx) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close(String cursorId) {
        }

        @Override
        public ExportResult export(String statement, Path target, String format, JobContext ctx) {
            throw new UnsupportedOperationException();
        }
    }
}
