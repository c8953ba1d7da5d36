package dev.lakehouse.explorer.engine.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.RetryOptions;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.InteractiveBrowserCredentialBuilder;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;

import java.time.Duration;
import java.util.Map;

/**
 * Builds the azure-identity credential a scope definition asks for. Every credential gets the same HTTP client
 * and bounded retries as the vault client, so a sign-in against a dead or untrusted host fails as fast as a
 * secret call does. Building a credential signs nobody in: that happens at the first token request.
 */
final class KeyVaultCredentials {
    private static final Duration CLI_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient httpClient;
    private final RetryOptions retryOptions;
    private final Map<String, String> env;

    KeyVaultCredentials(HttpClient httpClient, RetryOptions retryOptions, Map<String, String> env) {
        this.httpClient = httpClient;
        this.retryOptions = retryOptions;
        this.env = env;
    }

    TokenCredential create(ScopeDefinition definition) {
        KeyVaultAuth auth = definition.auth() == null ? KeyVaultAuth.DEFAULT : definition.auth();
        return switch (auth) {
            case DEFAULT -> new DefaultAzureCredentialBuilder().httpClient(httpClient).retryOptions(retryOptions).build();
            case CLI -> new AzureCliCredentialBuilder().processTimeout(CLI_TIMEOUT).httpClient(httpClient).build();
            case BROWSER -> browser(definition);
            case SERVICE_PRINCIPAL -> servicePrincipal(definition);
        };
    }

    private TokenCredential browser(ScopeDefinition d) {
        var builder = new InteractiveBrowserCredentialBuilder().httpClient(httpClient).retryOptions(retryOptions);
        if (present(d.tenant())) {
            builder.tenantId(d.tenant());
        }
        if (present(d.clientId())) {
            builder.clientId(d.clientId());
        }
        if (present(d.authority())) {
            builder.authorityHost(d.authority()).disableInstanceDiscovery();
        }
        return builder.build();
    }

    private TokenCredential servicePrincipal(ScopeDefinition d) {
        require(d, "tenant", d.tenant());
        require(d, "client id", d.clientId());
        require(d, "client-secret variable", d.clientSecretEnv());
        String secret = env.get(d.clientSecretEnv());
        if (secret == null || secret.isEmpty()) {
            throw new SecretException("Environment variable " + d.clientSecretEnv() + " (the client secret of scope '"
                    + d.name() + "') is not set.");
        }
        var builder = new ClientSecretCredentialBuilder().tenantId(d.tenant()).clientId(d.clientId()).clientSecret(secret)
                .httpClient(httpClient).retryOptions(retryOptions);
        if (present(d.authority())) {
            // A custom authority (sovereign cloud, a test identity provider) is not in Entra's instance list.
            builder.authorityHost(d.authority()).disableInstanceDiscovery();
        }
        return builder.build();
    }

    private static void require(ScopeDefinition d, String what, String value) {
        if (!present(value)) {
            throw new SecretException("Scope '" + d.name() + "' signs in as a service principal but has no " + what + ".");
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
