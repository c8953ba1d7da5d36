package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The scopes opened this session: local scope files with their derived keys, Key Vault scopes with their clients.
 * A local scope asks its passphrase the first time it is used, and never again in the session. Not thread-safe:
 * {@link WorkspaceSecrets} calls it under its lock.
 */
final class OpenScopes {
    private final Workspace ws;
    private final KeyVaultScopes keyVaults;
    private final int iterations;
    private final Map<String, LocalScopeFile> localFiles = new HashMap<>();
    private final Map<String, SecretScope> vaults = new HashMap<>();

    OpenScopes(Workspace ws, KeyVaultScopes keyVaults, int iterations) {
        this.ws = ws;
        this.keyVaults = keyVaults;
        this.iterations = iterations;
    }

    /** Writes the empty file of a new local scope; it is unlocked from then on. */
    void createLocal(String name, char[] passphrase) {
        LocalScopeFile file = new LocalScopeFile(scopeFile(name), name, iterations);
        file.create(passphrase);
        localFiles.put(name, file);
    }

    /** The scope of a definition, unlocking a local scope with the supplier's passphrase when still locked. */
    SecretScope open(ScopeDefinition def, Supplier<PassphraseProvider> passphrases) {
        if (def.kind() == ScopeKind.KEY_VAULT) {
            requireKeyVaults();
            return vaults.computeIfAbsent(def.name(), n -> keyVaults.open(def));
        }
        String scope = def.name();
        LocalScopeFile file = localFiles.computeIfAbsent(scope, s -> new LocalScopeFile(scopeFile(s), s, iterations));
        if (!file.isUnlocked()) {
            if (!Files.exists(file.file())) {
                throw new SecretException("The file of local scope '" + scope + "' is missing: " + file.file() + ".");
            }
            file.unlock(passphrases.get().passphrase(scope, false));
        }
        return new LocalScope(scope, file);
    }

    boolean isUnlocked(ScopeDefinition def) {
        if (def.kind() == ScopeKind.KEY_VAULT) {
            return true; // nothing to ask: the vault's credential signs in by itself
        }
        LocalScopeFile file = localFiles.get(def.name());
        return file != null && file.isUnlocked();
    }

    /** Drops what the session holds of a scope (its key, its client). */
    void forget(String scope) {
        localFiles.remove(scope);
        vaults.remove(scope);
    }

    void requireKeyVaults() {
        if (keyVaults == null) {
            throw new SecretException("Key Vault scopes are not available in this build.");
        }
    }

    Path scopeFile(String scope) {
        return ScopeStore.folder(ws).resolve(scope + ".scope");
    }
}
