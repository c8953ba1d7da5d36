package dev.lakehouse.explorer.engine.azure;

import com.azure.core.http.HttpClient;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.engine.secrets.SecretScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real SecretClient and ClientSecretCredential against {@link KeyVaultTestServer}: the sign-in challenge,
 * the token request and every secrets call go over HTTPS as they would to Azure.
 */
class AzureKeyVaultScopesTest {
    static final String ENV = "KV_TEST_CLIENT_SECRET";
    static final String VALUE = "s3cr3t-VALUE-4711";

    @TempDir
    static Path dir;
    static KeyVaultTestServer server;
    static HttpClient trusting;

    @BeforeAll
    static void startServer() throws Exception {
        TestCertificate cert = TestCertificate.create(dir);
        server = KeyVaultTestServer.start(cert.serverContext());
        trusting = cert.trustingHttpClient();
        server.vault().put("storage-key", VALUE, true);
        server.vault().put("db-password", "pw-1", true);
        server.vault().put("api-token", "tok-2", true);
        server.vault().put("old-key", "old", false);
        server.vault().put("locked", "locked-value", true);
        server.vault().forbid("locked");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        System.err.println("KeyVaultTestServer requests: " + (server == null ? "-" : server.requests()));
    }

    static ScopeDefinition servicePrincipal(String vaultUrl) {
        return new ScopeDefinition("kv", ScopeKind.KEY_VAULT, vaultUrl, KeyVaultAuth.SERVICE_PRINCIPAL, server.baseUrl(),
                TestTokenIssuer.TENANT, TestTokenIssuer.CLIENT_ID, ENV);
    }

    static SecretScope open() {
        return new AzureKeyVaultScopes(trusting, Map.of(ENV, TestTokenIssuer.CLIENT_SECRET))
                .open(servicePrincipal(server.baseUrl()));
    }

    @Test
    void listsTheEnabledSecretNamesSortedAcrossPages() {
        assertThat(open().keys()).containsExactly("api-token", "db-password", "locked", "storage-key");
        assertThat(server.unknownRequests()).isEmpty();
    }

    @Test
    void getsAValue() {
        assertThat(open().get("storage-key")).isEqualTo(VALUE);
    }

    @Test
    void aMissingSecretIsNamed() {
        SecretException e = catchThrowableOfType(() -> open().get("nope"), SecretException.class);
        assertThat(e).hasMessage("No secret 'nope' in Key Vault scope 'kv' (" + server.baseUrl() + ").");
    }
}
