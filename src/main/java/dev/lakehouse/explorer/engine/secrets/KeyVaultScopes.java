package dev.lakehouse.explorer.engine.secrets;

/** Opens Key Vault-backed scopes; implemented by {@code engine.azure}, the one package that knows the Azure SDK. */
@FunctionalInterface
public interface KeyVaultScopes {
    /**
     * Opens a scope on the definition's vault. Opening does not sign in; the first call that needs the vault does.
     *
     * @throws dev.lakehouse.explorer.engine.SecretException if the definition cannot make a client (bad URL,
     *         missing client-secret variable)
     */
    SecretScope open(ScopeDefinition definition);
}
