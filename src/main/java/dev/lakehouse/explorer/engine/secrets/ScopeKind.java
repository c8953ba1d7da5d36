package dev.lakehouse.explorer.engine.secrets;

/** Where a scope keeps its secrets. */
public enum ScopeKind {
    /** One file in the workspace, encrypted under a key derived from a passphrase (offline, classroom). */
    LOCAL,
    /** An Azure Key Vault, reached with an azure-identity credential. */
    KEY_VAULT
}
