package dev.lakehouse.explorer.engine.secrets;

import java.util.List;

/**
 * Secret scopes, Databricks' model: a named scope holds secrets by key; values are fetched only when used and
 * never displayed. Scope definitions are saved in the workspace, values only inside the scope (an encrypted file,
 * a Key Vault). Every value this service hands out is first registered with the engine's
 * {@link dev.lakehouse.explorer.engine.logging.SecretRedactor}, so no log, error or result can show it.
 *
 * <p>Synchronous and possibly slow (key derivation, network): callers keep it off the UI thread. Thread-safe.
 * Errors are {@link dev.lakehouse.explorer.engine.SecretException}s.
 */
public interface SecretService {

    /** Saved scopes, sorted by name. */
    List<ScopeDefinition> scopes();

    /** Creates a local encrypted scope, asking the passphrase provider for a new passphrase. */
    ScopeDefinition createLocalScope(String name);

    /** Saves a Key Vault-backed scope. Nothing is fetched until it is used. */
    ScopeDefinition createKeyVaultScope(ScopeDefinition definition);

    /** Removes a scope; a local scope's file is deleted with it. */
    void deleteScope(String name);

    /** The keys of a scope, sorted, never the values. */
    List<String> keys(String scope);

    /** Adds or replaces a secret. The value is registered with the redactor before anything is written. */
    void put(String scope, String key, String value);

    void delete(String scope, String key);

    /** The value a reference stands for, cached in memory for the app session and registered with the redactor. */
    String value(SecretReference reference);

    /** Replaces every {@code {{secrets/…}}} in a text by its value (for fields resolved at the moment of use). */
    String resolve(String text);

    /** Sets who asks for passphrases (the window sets a dialog; the command line, the environment or a terminal). */
    void setPassphraseProvider(PassphraseProvider provider);

    /** True when a local scope's passphrase has been given this session (so using it asks nothing). */
    boolean isUnlocked(String scope);
}
