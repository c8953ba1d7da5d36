package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceConnectionsTest {
    private static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu";
    @TempDir
    Path dir;
    private Workspace ws;
    private final FakeSecrets secrets = new FakeSecrets().with("dev", "key", KEY).with("dev", "sas", "sv=1&sig=abc");
    private final List<String> diagnosed = new ArrayList<>();
    private final StorageAccess azure = new StubAccess() {
        @Override
        public List<ConnectionCheck> diagnose(Connection c, String credential) {
            diagnosed.add(c.name() + ":" + (KEY.equals(credential) ? "key" : credential));
            return List.of(new ConnectionCheck("endpoint", true, "reached"));
        }
    };

    private static final Connection LAKE = new Connection("lake", ConnectionType.ADLS, "acct1", "bronze", null,
            StorageAuth.KEY, "{{secrets/dev/key}}", null, null);
    private static final Connection EMU = new Connection("emu", ConnectionType.AZURITE, null, "raw", null,
            StorageAuth.KEY, "{{secrets/dev/key}}", null, null);

    @BeforeEach
    void workspace() {
        ws = Workspace.prepare(dir.resolve("ws"));
    }

    private WorkspaceConnections connections() {
        return new WorkspaceConnections(ws, secrets, azure, new LocalStorageAccess());
    }

    @Test
    void savedConnectionsSurviveANewInstanceAndHoldOnlyReferences() throws Exception {
        connections().add(LAKE);
        connections().add(EMU);
        assertThat(connections().list()).containsExactly(EMU, LAKE);
        assertThat(Files.readString(ws.state().resolve("connections.json")))
                .contains("lakehouse-connections/1", "{{secrets/dev/key}}").doesNotContain(KEY);
        connections().remove("emu");
        assertThat(connections().list()).containsExactly(LAKE);
        assertThatThrownBy(() -> connections().remove("nope")).isInstanceOf(StorageException.class)
                .hasMessage("No connection 'nope' (saved: lake).");
    }

    @Test
    void testResolvesTheSecretFirst() {
        var c = connections();
        c.add(LAKE);
        var ok = c.test("lake");
        assertThat(ok.ok()).isTrue();
        assertThat(ok.checks()).extracting(ConnectionCheck::check).containsExactly("secret", "endpoint");
        assertThat(diagnosed).containsExactly("lake:key");

        secrets.scopes.get("dev").remove("key");
        var failed = c.test("lake");
        assertThat(failed.ok()).isFalse();
        assertThat(failed.checks()).containsExactly(new ConnectionCheck("secret", false, "No secret 'key' in scope 'dev'."));
        assertThat(diagnosed).hasSize(1);
    }

    @Test
    void hadoopSettingsAreGivenOnlyForConnectionsTheTextNames() {
        var c = connections();
        c.add(LAKE);
        c.add(EMU);
        assertThat(c.hadoopSettingsFor("SELECT 1")).isEmpty();
        var settings = c.hadoopSettingsFor("CREATE TABLE t LOCATION 'abfss://BRONZE@acct1.dfs.core.windows.net/t'");
        assertThat(settings).containsEntry("fs.azure.account.key.acct1.dfs.core.windows.net", KEY)
                .containsEntry("fs.azure.io.retry.max.retries", "2")
                .doesNotContainKey("fs.azure.account.key.devstoreaccount1.localhost:10000");
    }

    @Test
    void connectionForFindsTheConnectionHoldingAUri() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("données 2026"));
        var local = new Connection("here", ConnectionType.LOCAL, null, null, folder.toString(), StorageAuth.NONE, null, null, null);
        var c = connections();
        c.add(LAKE);
        c.add(local);
        assertThat(c.connectionFor("abfss://bronze@acct1.dfs.core.windows.net/x/y")).isEqualTo(LAKE);
        assertThat(c.connectionFor("abfss://silver@acct1.dfs.core.windows.net/x")).isNull();
        assertThat(c.connectionFor(folder.resolve("é.csv").toString())).isEqualTo(local);
        assertThat(c.connectionFor(folder.toString())).isEqualTo(local);
        assertThat(c.connectionFor(folder + "x")).isNull();
        assertThat(c.rootUri(EMU)).isEqualTo("wasb://raw@devstoreaccount1.localhost:10000/");
    }

    @Test
    void exportThenImportIntoAnotherWorkspace() throws Exception {
        connections().add(LAKE);
        connections().add(EMU);
        Path file = dir.resolve("class connections.json");
        assertThat(connections().exportTo(file)).isEqualTo(2);
        assertThat(Files.readString(file)).contains("\"scopes\" : [ \"dev\" ]").doesNotContain(KEY);

        ws = Workspace.prepare(dir.resolve("other"));
        assertThat(connections().importFrom(file)).containsExactly(EMU, LAKE);
        assertThat(connections().list()).containsExactly(EMU, LAKE);
    }

    @Test
    void importIsAllOrNothing() throws Exception {
        connections().add(LAKE);
        connections().add(EMU);
        Path file = dir.resolve("export.json");
        connections().exportTo(file);

        ws = Workspace.prepare(dir.resolve("other"));
        var taken = new Connection("lake", ConnectionType.BLOB, "acct2", "raw", null, StorageAuth.SAS,
                "{{secrets/dev/sas}}", null, null);
        connections().add(taken);
        assertThatThrownBy(() -> connections().importFrom(file)).isInstanceOf(StorageException.class)
                .hasMessage("Nothing was imported from " + file + ": A connection named 'lake' already exists.");
        assertThat(connections().list()).containsExactly(taken); // emu, valid on its own, was not added either

        secrets.scopes.remove("dev");
        connections().remove("lake");
        assertThatThrownBy(() -> connections().importFrom(file))
                .hasMessageEndingWith("No secret scope 'dev': create it first (connection 'emu').");
        assertThat(connections().list()).isEmpty();
    }

    @Test
    void aDamagedFileIsAnErrorNotAnEmptyList() throws Exception {
        Files.writeString(ws.state().resolve("connections.json"), "{\"format\":\"lakehouse-connections/1\",\"conn");
        assertThatThrownBy(() -> connections().list()).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("The connections file " + ws.state().resolve("connections.json") + " cannot be read");
        assertThatThrownBy(() -> connections().add(LAKE)).isInstanceOf(StorageException.class);
    }

    /** Azure access for tests: only what a test overrides works. */
    abstract static class StubAccess implements StorageAccess {
        @Override
        public List<StorageEntry> list(Connection c, String credential, String path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long upload(Connection c, String credential, Path local, String path, TransferControl control) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long download(Connection c, String credential, String path, Path local, TransferControl control) {
            throw new UnsupportedOperationException();
        }
    }
}
