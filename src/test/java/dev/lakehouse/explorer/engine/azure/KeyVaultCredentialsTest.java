package dev.lakehouse.explorer.engine.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.identity.AzureCliCredential;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.DefaultAzureCredential;
import com.azure.identity.InteractiveBrowserCredential;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each sign-in choice builds its azure-identity credential; building signs nobody in, so no network is needed. */
class KeyVaultCredentialsTest {
    private final KeyVaultCredentials credentials = new KeyVaultCredentials(HttpClient.createDefault(),
            new RetryOptions(new FixedDelayOptions(0, Duration.ZERO)), Map.of("SP_SECRET", "sp-secret-value"));

    @Test
    void eachSignInChoiceBuildsItsCredential() {
        assertThat(credentials.create(vault(KeyVaultAuth.DEFAULT))).isInstanceOf(DefaultAzureCredential.class);
        assertThat(credentials.create(vault(null))).as("no choice means default").isInstanceOf(DefaultAzureCredential.class);
        assertThat(credentials.create(vault(KeyVaultAuth.CLI))).isInstanceOf(AzureCliCredential.class);
        assertThat(credentials.create(vault(KeyVaultAuth.BROWSER))).isInstanceOf(InteractiveBrowserCredential.class);
        assertThat(credentials.create(servicePrincipal("tenant-1", "client-1", "SP_SECRET")))
                .isInstanceOf(ClientSecretCredential.class);
    }

    @Test
    void aServicePrincipalNeedsItsTenantClientIdAndVariable() {
        assertThatThrownBy(() -> credentials.create(servicePrincipal(null, "client-1", "SP_SECRET")))
                .isInstanceOf(SecretException.class)
                .hasMessage("Scope 'sp' signs in as a service principal but has no tenant.");
        assertThatThrownBy(() -> credentials.create(servicePrincipal("tenant-1", " ", "SP_SECRET")))
                .hasMessage("Scope 'sp' signs in as a service principal but has no client id.");
        assertThatThrownBy(() -> credentials.create(servicePrincipal("tenant-1", "client-1", "UNSET_VARIABLE")))
                .hasMessage("Environment variable UNSET_VARIABLE (the client secret of scope 'sp') is not set.");
    }

    private static ScopeDefinition vault(KeyVaultAuth auth) {
        return ScopeDefinition.keyVault("kv", "https://example.vault.azure.net", auth);
    }

    private static ScopeDefinition servicePrincipal(String tenant, String clientId, String env) {
        return new ScopeDefinition("sp", ScopeKind.KEY_VAULT, "https://example.vault.azure.net",
                KeyVaultAuth.SERVICE_PRINCIPAL, null, tenant, clientId, env);
    }
}
