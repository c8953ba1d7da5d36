package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceSecretsTest {
    private static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu";
    @TempDir
    Path dir;
    private Workspace ws;
    private final List<String> asked = new ArrayList<>();
    private final PassphraseProvider provider = (scope, creating) -> {
        asked.add(scope + (creating ? ":new" : ":open"));
        return "s3cret pass".toCharArray();
    };

    @BeforeEach
    void workspace() {
        ws = Workspace.prepare(dir.resolve("ws"));
    }

    private WorkspaceSecrets secrets(SecretRedactor redactor, KeyVaultScopes vaults) {
        return new WorkspaceSecrets(ws, redactor, vaults, provider, 1_000);
    }

    @Test
    void aSecretPutInOneSessionIsReadInTheNext() throws Exception {
        WorkspaceSecrets first = secrets(new SecretRedactor(), null);
        first.createLocalScope("dev");
        first.put("dev", "storage-key", KEY);
        assertThat(asked).containsExactly("dev:new");

        WorkspaceSecrets next = secrets(new SecretRedactor(), null);
        assertThat(next.isUnlocked("dev")).isFalse();
        assertThat(next.value(new SecretReference("dev", "storage-key"))).isEqualTo(KEY);
        assertThat(next.isUnlocked("dev")).isTrue();
        assertThat(next.keys("dev")).containsExactly("storage-key");
        assertThat(asked).containsExactly("dev:new", "dev:open"); // the key is derived once per session
        next.keys("dev");
        assertThat(asked).hasSize(2);

        Path scopeFile = ws.state().resolve("secrets/dev.scope");
        assertThat(Files.readString(scopeFile)).doesNotContain(KEY).doesNotContain(b64(KEY));
        assertThat(Files.readString(ws.state().resolve("secrets/scopes.json"))).contains("\"dev\"").doesNotContain(KEY);
    }

    @Test
    void valuesAreRegisteredWithTheRedactorWithTheirEncodings() {
        SecretRedactor redactor = new SecretRedactor();
        WorkspaceSecrets s = secrets(redactor, null);
        s.createLocalScope("dev");
        s.put("dev", "sas", "sv=2026&sig=a/b+c");
        assertThat(redactor.redact("x sv=2026&sig=a/b+c y")).isEqualTo("x [REDACTED] y");
        assertThat(redactor.redact("q=sv%3D2026%26sig%3Da%2Fb%2Bc")).isEqualTo("q=[REDACTED]");

        SecretRedactor fresh = new SecretRedactor();
        WorkspaceSecrets next = secrets(fresh, null);
        String resolved = next.resolve("key={{secrets/dev/sas}};again={{ secrets/dev/sas }}");
        assertThat(resolved).isEqualTo("key=sv=2026&sig=a/b+c;again=sv=2026&sig=a/b+c");
        assertThat(fresh.redact(resolved)).isEqualTo("key=[REDACTED];again=[REDACTED]");
        assertThat(fresh.redact(b64("sv=2026&sig=a/b+c"))).isEqualTo("[REDACTED]");
    }

    @Test
    void unknownScopesAndKeysAreNamed() {
        WorkspaceSecrets s = secrets(new SecretRedactor(), null);
        assertThatThrownBy(() -> s.keys("prod")).isInstanceOf(SecretException.class)
                .hasMessage("No secret scope 'prod' (scopes: none yet).");
        s.createLocalScope("dev");
        s.createLocalScope("a-team");
        assertThatThrownBy(() -> s.value(new SecretReference("prod", "k")))
                .hasMessage("No secret scope 'prod' (scopes: a-team, dev).");
        assertThatThrownBy(() -> s.value(new SecretReference("dev", "missing")))
                .hasMessage("No secret 'missing' in scope 'dev'.");
        assertThatThrownBy(() -> s.delete("dev", "missing")).hasMessage("No secret 'missing' in scope 'dev'.");
    }

    @Test
    void aTakenNameIsRefusedWhateverItsCase() {
        WorkspaceSecrets s = secrets(new SecretRedactor(), null);
        s.createLocalScope("dev");
        assertThatThrownBy(() -> s.createLocalScope("DEV")).isInstanceOf(SecretException.class)
                .hasMessage("A secret scope named 'DEV' already exists.");
        assertThatThrownBy(() -> s.createLocalScope("bad name")).hasMessageStartingWith("Invalid scope name");
    }

    @Test
    void aWrongPassphraseInANewSessionFailsAndChangesNothing() throws Exception {
        secrets(new SecretRedactor(), null).createLocalScope("dev");
        Path file = ws.state().resolve("secrets/dev.scope");
        byte[] before = Files.readAllBytes(file);
        var wrong = new WorkspaceSecrets(ws, new SecretRedactor(), null, (sc, c) -> "nope".toCharArray(), 1_000);
        assertThatThrownBy(() -> wrong.keys("dev")).hasMessage("Wrong passphrase for scope 'dev' (the scope file is unchanged).");
        assertThat(wrong.isUnlocked("dev")).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void deletingAScopeRemovesItsFileAndItsCachedValues() {
        WorkspaceSecrets s = secrets(new SecretRedactor(), null);
        s.createLocalScope("dev");
        s.put("dev", "k", "value-1");
        s.deleteScope("dev");
        assertThat(ws.state().resolve("secrets/dev.scope")).doesNotExist();
        assertThat(s.scopes()).isEmpty();
        assertThatThrownBy(() -> s.value(new SecretReference("dev", "k"))).hasMessageStartingWith("No secret scope 'dev'");
    }

    @Test
    void putReplacesAndDeleteRemoves() {
        WorkspaceSecrets s = secrets(new SecretRedactor(), null);
        s.createLocalScope("dev");
        s.put("dev", "b", "first-value");
        s.put("dev", "a", "other-value");
        s.put("dev", "b", "second-value");
        assertThat(s.keys("dev")).containsExactly("a", "b");
        assertThat(s.value(new SecretReference("dev", "b"))).isEqualTo("second-value");
        s.delete("dev", "b");
        assertThat(secrets(new SecretRedactor(), null).keys("dev")).containsExactly("a");
    }

    @Test
    void keyVaultScopesNeedTheAzureSide() {
        WorkspaceSecrets without = secrets(new SecretRedactor(), null);
        var def = ScopeDefinition.keyVault("kv", "https://my.vault.azure.net", KeyVaultAuth.CLI);
        assertThatThrownBy(() -> without.createKeyVaultScope(def)).isInstanceOf(SecretException.class)
                .hasMessage("Key Vault scopes are not available in this build.");

        Map<String, String> vault = new TreeMap<>(Map.of("k", "vault-value"));
        WorkspaceSecrets with = secrets(new SecretRedactor(), d -> new MapScope(d.name(), vault));
        with.createKeyVaultScope(def);
        assertThat(with.value(new SecretReference("kv", "k"))).isEqualTo("vault-value");
        assertThat(with.isUnlocked("kv")).isTrue();
        assertThat(secrets(new SecretRedactor(), null).scopes()).containsExactly(def);
        assertThatThrownBy(() -> secrets(new SecretRedactor(), null).keys("kv"))
                .hasMessage("Key Vault scopes are not available in this build.");
    }

    @Test
    void aDamagedScopesFileIsAnErrorNotAnEmptyList() throws Exception {
        Files.createDirectories(ws.state().resolve("secrets"));
        Files.writeString(ws.state().resolve("secrets/scopes.json"), "{\"format\":\"lakehouse-scopes/1\",\"scop");
        assertThatThrownBy(() -> secrets(new SecretRedactor(), null).scopes()).isInstanceOf(SecretException.class)
                .hasMessageContaining("scopes.json is damaged");
    }

    @Test
    void noProviderMeansAClearError() {
        var s = new WorkspaceSecrets(ws, new SecretRedactor(), null,
                new EnvironmentPassphrase(Map.of(), null), 1_000);
        assertThatThrownBy(() -> s.createLocalScope("dev"))
                .hasMessage("No passphrase for scope 'dev': set LAKEHOUSE_SECRETS_PASSPHRASE or run in a terminal.");
        assertThat(s.scopes()).isEmpty();
    }

    @Test
    void concurrentFirstUsesAskThePassphraseOnce() throws Exception {
        WorkspaceSecrets first = secrets(new SecretRedactor(), null);
        first.createLocalScope("dev");
        for (int i = 0; i < 8; i++) {
            first.put("dev", "k" + i, "value-" + i);
        }
        asked.clear();
        WorkspaceSecrets next = secrets(new SecretRedactor(), null);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 8; i++) {
                SecretReference ref = new SecretReference("dev", "k" + i);
                futures.add(pool.submit(() -> next.value(ref)));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(futures.get(i).get()).isEqualTo("value-" + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(asked).containsExactly("dev:open");
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A Key Vault stand-in. */
    private record MapScope(String name, Map<String, String> values) implements SecretScope {
        public List<String> keys() {
            return List.copyOf(values.keySet());
        }

        public String get(String key) {
            return values.get(key);
        }

        public void put(String key, String value) {
            values.put(key, value);
        }

        public void delete(String key) {
            values.remove(key);
        }
    }
}
