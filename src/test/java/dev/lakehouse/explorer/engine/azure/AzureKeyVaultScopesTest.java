package dev.lakehouse.explorer.engine.azure;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.SecretScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The scope's operations with the real SecretClient and ClientSecretCredential against {@link KeyVaultTestServer}:
 * the sign-in challenge, the token request and every secrets call go over HTTPS as they would to Azure.
 */
class AzureKeyVaultScopesTest {
    static final String VALUE = "s3cr3t-VALUE-4711";

    @TempDir
    static Path dir;
    static KeyVaultFixture kv;

    @BeforeAll
    static void startVault() throws Exception {
        kv = KeyVaultFixture.start(dir);
        kv.server.vault().put("storage-key", VALUE, true);
        kv.server.vault().put("db-password", "pw-1", true);
        kv.server.vault().put("api-token", "tok-2", true);
        kv.server.vault().put("old-key", "old", false);
        kv.server.vault().put("to-delete", "bye", true);
    }

    @AfterAll
    static void stopVault() {
        if (kv != null) {
            kv.close();
        }
    }

    @Test
    void listsTheEnabledSecretNamesSortedAcrossPages() {
        int listCalls = count("GET /secrets");

        var keys = kv.open().keys();

        assertThat(keys).contains("api-token", "db-password", "storage-key").doesNotContain("old-key").isSorted();
        // Five or six secrets at two a page: the listing followed nextLink at least twice.
        assertThat(count("GET /secrets") - listCalls).isGreaterThanOrEqualTo(3);
        assertThat(kv.server.unknownRequests()).isEmpty();
    }

    @Test
    void getsAValueSignedInAsTheServicePrincipal() {
        int tokens = kv.server.issuer().tokenRequests();

        assertThat(kv.open().get("storage-key")).isEqualTo(VALUE);
        assertThat(kv.server.issuer().tokenRequests()).isGreaterThan(tokens);
    }

    @Test
    void valuesAreCachedForTheSessionAndAPutReplacesTheCachedOne() {
        SecretScope scope = kv.open();
        scope.put("rotating", "v1");
        assertThat(scope.get("rotating")).isEqualTo("v1");
        int reads = count("GET /secrets/rotating/");

        kv.server.vault().put("rotating", "changed-behind-our-back", true);
        assertThat(scope.get("rotating")).as("served from the cache").isEqualTo("v1");
        assertThat(count("GET /secrets/rotating/")).isEqualTo(reads);

        scope.put("rotating", "v2");
        assertThat(kv.server.vault().value("rotating")).isEqualTo("v2");
        assertThat(scope.get("rotating")).isEqualTo("v2");
    }

    @Test
    void putThenGetInAFreshScope() {
        kv.open().put("new-secret", "fresh-value");

        assertThat(kv.open().get("new-secret")).isEqualTo("fresh-value");
        assertThat(kv.open().keys()).contains("new-secret");
    }

    @Test
    void deleteRemovesTheSecretAndItsCachedValue() {
        SecretScope scope = kv.open();
        assertThat(scope.get("to-delete")).isEqualTo("bye");

        int before = kv.server.requests().size();
        scope.delete("to-delete");

        // One DELETE and back: the scope does not sit polling the vault's long-running deletion.
        assertThat(kv.server.requests().subList(before, kv.server.requests().size()))
                .containsExactly("DELETE /secrets/to-delete");

        assertThat(kv.server.vault().value("to-delete")).isNull();
        assertThat(scope.keys()).doesNotContain("to-delete");
        SecretException e = catchThrowableOfType(() -> scope.get("to-delete"), SecretException.class);
        assertThat(e).hasMessage("No secret 'to-delete' in Key Vault scope 'kv' (" + kv.server.baseUrl() + ").");
    }

    @Test
    void deletingAMissingSecretNamesIt() {
        SecretException e = catchThrowableOfType(() -> kv.open().delete("never-was"), SecretException.class);
        assertThat(e).hasMessage("No secret 'never-was' in Key Vault scope 'kv' (" + kv.server.baseUrl() + ").");
    }

    @Test
    void aMissingSecretIsNamed() {
        SecretException e = catchThrowableOfType(() -> kv.open().get("nope"), SecretException.class);
        assertThat(e).hasMessage("No secret 'nope' in Key Vault scope 'kv' (" + kv.server.baseUrl() + ").");
    }

    @Test
    void theScopeSaysWhereItPointsButNoValue() {
        SecretScope scope = kv.open();
        scope.get("storage-key");

        assertThat(scope.name()).isEqualTo("kv");
        assertThat(scope.toString()).contains("kv", kv.server.baseUrl()).doesNotContain(VALUE);
    }

    private static int count(String request) {
        return (int) kv.server.requests().stream().filter(request::equals).count();
    }
}
