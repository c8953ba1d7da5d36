package dev.lakehouse.explorer.engine.secrets;

/** How a Key Vault-backed scope signs in (azure-identity credentials). */
public enum KeyVaultAuth {
    /** DefaultAzureCredential: environment variables, managed identity, Azure CLI login, … */
    DEFAULT,
    /** The Azure CLI's login ({@code az login}). */
    CLI,
    /** Interactive browser sign-in. */
    BROWSER,
    /** A service principal with a client secret read from an environment variable. */
    SERVICE_PRINCIPAL
}
