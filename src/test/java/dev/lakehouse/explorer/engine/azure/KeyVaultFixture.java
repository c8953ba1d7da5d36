package dev.lakehouse.explorer.engine.azure;

import com.azure.core.http.HttpClient;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.engine.secrets.SecretScope;

import java.nio.file.Path;
import java.util.Map;

/**
 * One test vault with its certificate and a client that trusts it, shared by the tests of a class, with a
 * service principal scope definition pointing at it.
 */
final class KeyVaultFixture implements AutoCloseable {
    static final String SCOPE = "kv";
    static final String ENV = "KV_TEST_CLIENT_SECRET";

    final KeyVaultTestServer server;
    final HttpClient trusting;

    private KeyVaultFixture(KeyVaultTestServer server, HttpClient trusting) {
        this.server = server;
        this.trusting = trusting;
    }

    static KeyVaultFixture start(Path dir) throws Exception {
        TestCertificate cert = TestCertificate.create(dir);
        return new KeyVaultFixture(KeyVaultTestServer.start(cert.serverContext()), cert.trustingHttpClient());
    }

    ScopeDefinition servicePrincipal(String vaultUrl) {
        return new ScopeDefinition(SCOPE, ScopeKind.KEY_VAULT, vaultUrl, KeyVaultAuth.SERVICE_PRINCIPAL,
                server.baseUrl(), TestTokenIssuer.TENANT, TestTokenIssuer.CLIENT_ID, ENV);
    }

    /** Scopes over the trusting client, the client secret given as {@code clientSecret}. */
    AzureKeyVaultScopes scopes(String clientSecret) {
        return new AzureKeyVaultScopes(trusting, Map.of(ENV, clientSecret));
    }

    /** The scope on the test vault, signed in with the right client secret. */
    SecretScope open() {
        return open(server.baseUrl());
    }

    /** A scope on another URL, signed in at the test server with the right client secret. */
    SecretScope open(String vaultUrl) {
        return scopes(TestTokenIssuer.CLIENT_SECRET).open(servicePrincipal(vaultUrl));
    }

    @Override
    public void close() {
        server.close();
    }
}
