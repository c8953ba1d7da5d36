package dev.lakehouse.explorer.engine.secrets;

import java.util.Objects;

/**
 * A saved secret scope: what it is and how to reach it, never a secret value. For a service principal the client
 * secret itself is not kept: {@code clientSecretEnv} names the environment variable it is read from.
 *
 * @param name            the scope's name, as references use it ({@code {{secrets/<name>/<key>}}})
 * @param kind            local encrypted file or Key Vault
 * @param vaultUrl        the vault's URL ({@code https://<vault>.vault.azure.net}); null for a local scope
 * @param auth            how to sign in to the vault; null for a local scope
 * @param authority       the identity provider's host for a service principal, null for Azure's public cloud
 * @param tenant          the directory (tenant) id of a service principal, else null
 * @param clientId        the application (client) id of a service principal, else null
 * @param clientSecretEnv the environment variable holding the client secret of a service principal, else null
 */
public record ScopeDefinition(String name, ScopeKind kind, String vaultUrl, KeyVaultAuth auth, String authority,
                              String tenant, String clientId, String clientSecretEnv) {
    public ScopeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static ScopeDefinition local(String name) {
        return new ScopeDefinition(name, ScopeKind.LOCAL, null, null, null, null, null, null);
    }

    public static ScopeDefinition keyVault(String name, String vaultUrl, KeyVaultAuth auth) {
        return new ScopeDefinition(name, ScopeKind.KEY_VAULT, vaultUrl, auth, null, null, null, null);
    }
}
