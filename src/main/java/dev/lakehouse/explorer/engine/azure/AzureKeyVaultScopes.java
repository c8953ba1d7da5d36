package dev.lakehouse.explorer.engine.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.util.ClientOptions;
import com.azure.core.util.HttpClientOptions;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultScopes;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.engine.secrets.SecretScope;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Opens Key Vault-backed scopes with the Azure SDK's {@link SecretClient}. Retries and timeouts are bounded so a
 * dead or wrong host fails within seconds instead of the SDK's default of minutes of backoff. HTTP logging is off:
 * request and response bodies carry secret values.
 */
public final class AzureKeyVaultScopes implements KeyVaultScopes {
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(20);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final RetryOptions RETRIES = new RetryOptions(new ExponentialBackoffOptions()
            .setMaxRetries(1).setBaseDelay(Duration.ofMillis(200)).setMaxDelay(Duration.ofSeconds(1)));
    private static final HttpLogOptions NO_HTTP_LOG = new HttpLogOptions().setLogLevel(HttpLogDetailLevel.NONE);

    private final HttpClient httpClient;
    private final KeyVaultCredentials credentials;

    /** The production scopes: the SDK's default HTTP client (the JDK's) and the process environment. */
    public AzureKeyVaultScopes() {
        this(HttpClient.createDefault(new HttpClientOptions().setConnectTimeout(CONNECT_TIMEOUT)
                .setResponseTimeout(RESPONSE_TIMEOUT).setReadTimeout(RESPONSE_TIMEOUT)), System.getenv());
    }

    /**
     * Scopes over a given HTTP client, for tests and for a client with a proxy or extra trust.
     *
     * @param httpClient the client every vault and sign-in request goes through
     * @param env        where a service principal's client secret is read from (the variable its definition names)
     */
    public AzureKeyVaultScopes(HttpClient httpClient, Map<String, String> env) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        this.credentials = new KeyVaultCredentials(httpClient, RETRIES, Map.copyOf(env));
    }

    @Override
    public SecretScope open(ScopeDefinition definition) {
        if (definition.kind() != ScopeKind.KEY_VAULT) {
            throw new SecretException("Scope '" + definition.name() + "' is not a Key Vault scope.");
        }
        VaultAddress vault = VaultAddress.parse(definition.name(), definition.vaultUrl());
        var credential = new IdentityRecordingCredential(credentials.create(definition));
        var errors = new KeyVaultErrors(definition, vault, credential);
        return new KeyVaultScope(definition.name(), vault.url(), client(vault, credential), errors);
    }

    private SecretClient client(VaultAddress vault, IdentityRecordingCredential credential) {
        try {
            return new SecretClientBuilder().vaultUrl(vault.url()).credential(credential).httpClient(httpClient)
                    .retryOptions(RETRIES).httpLogOptions(NO_HTTP_LOG)
                    .clientOptions(new ClientOptions().setApplicationId("lakehouse-explorer"))
                    .buildClient();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SecretException(VaultAddress.notAVault(vault.url(), KeyVaultErrors.firstLine(e.getMessage()))
                    .getMessage(), e);
        }
    }
}
