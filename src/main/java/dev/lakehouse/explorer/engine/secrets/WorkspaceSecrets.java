package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The workspace's secret scopes: definitions in {@link ScopeStore}, local values in {@link LocalScopeFile}s, Key
 * Vault values through {@link KeyVaultScopes}. Values are cached per reference for the session and registered
 * with the redactor before they leave (or, for {@link #put}, before they are written). Thread-safe: changes and
 * first uses are serialised on this object; a cached value is returned without locking.
 */
public final class WorkspaceSecrets implements SecretService {
    private final SecretRedactor redactor;
    private final ScopeStore store;
    private final OpenScopes open;
    private volatile PassphraseProvider passphrases;
    private final Map<SecretReference, String> cache = new ConcurrentHashMap<>();

    /** @param keyVaults opens Key Vault scopes; null when this build has no Azure SDK */
    public WorkspaceSecrets(Workspace ws, SecretRedactor redactor, KeyVaultScopes keyVaults, PassphraseProvider passphrases) {
        this(ws, redactor, keyVaults, passphrases, LocalScopeFile.ITERATIONS);
    }

    /** For tests: new local scopes derive their key with fewer iterations. */
    WorkspaceSecrets(Workspace ws, SecretRedactor redactor, KeyVaultScopes keyVaults, PassphraseProvider passphrases,
                     int iterations) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.passphrases = passphrases;
        this.store = new ScopeStore(Objects.requireNonNull(ws, "ws"));
        this.open = new OpenScopes(ws, keyVaults, iterations);
    }

    @Override
    public List<ScopeDefinition> scopes() {
        return store.load();
    }

    @Override
    public synchronized ScopeDefinition createLocalScope(String name) {
        List<ScopeDefinition> saved = refuseTaken(name);
        open.createLocal(name, provider().passphrase(name, true));
        ScopeDefinition def = ScopeDefinition.local(name);
        save(saved, def);
        return def;
    }

    @Override
    public synchronized ScopeDefinition createKeyVaultScope(ScopeDefinition definition) {
        open.requireKeyVaults();
        if (definition.kind() != ScopeKind.KEY_VAULT) {
            throw new SecretException("Scope '" + definition.name() + "' is not a Key Vault scope.");
        }
        if (definition.vaultUrl() == null || !definition.vaultUrl().startsWith("https://")) {
            throw new SecretException("Key Vault scope '" + definition.name()
                    + "' needs the vault's URL, https://<vault>.vault.azure.net.");
        }
        save(refuseTaken(definition.name()), definition);
        return definition;
    }

    @Override
    public synchronized void deleteScope(String name) {
        ScopeDefinition def = definition(name);
        List<ScopeDefinition> rest = new ArrayList<>(store.load());
        rest.removeIf(d -> d.name().equals(name));
        store.save(rest);
        if (def.kind() == ScopeKind.LOCAL) {
            try {
                Files.deleteIfExists(open.scopeFile(name));
            } catch (IOException e) {
                throw new SecretException("Scope '" + name + "' was removed but its file " + open.scopeFile(name)
                        + " could not be deleted: " + e.getMessage(), e);
            }
        }
        open.forget(name);
        cache.keySet().removeIf(ref -> ref.scope().equals(name));
    }

    @Override
    public synchronized List<String> keys(String scope) {
        return scope(scope).keys();
    }

    @Override
    public synchronized void put(String scope, String key, String value) {
        SecretReference ref = new SecretReference(scope, key); // checks the names
        Objects.requireNonNull(value, "value");
        redactor.register(value);
        scope(scope).put(key, value);
        cache.put(ref, value);
    }

    @Override
    public synchronized void delete(String scope, String key) {
        scope(scope).delete(key);
        cache.remove(new SecretReference(scope, key));
    }

    @Override
    public String value(SecretReference reference) {
        String cached = cache.get(reference);
        return cached != null ? cached : load(reference);
    }

    private synchronized String load(SecretReference reference) {
        String value = cache.get(reference);
        if (value == null) {
            value = scope(reference.scope()).get(reference.key());
            redactor.register(value);
            cache.put(reference, value);
        }
        return value;
    }

    @Override
    public String resolve(String text) {
        return SecretReference.replaceAll(text, this::value);
    }

    @Override
    public void setPassphraseProvider(PassphraseProvider provider) {
        this.passphrases = provider;
    }

    /** Local scopes: whether the key is derived this session. Key Vault scopes ask no passphrase: always true. */
    @Override
    public synchronized boolean isUnlocked(String scope) {
        ScopeDefinition def = find(scope);
        return def != null && open.isUnlocked(def);
    }

    private SecretScope scope(String scope) {
        return open.open(definition(scope), this::provider);
    }

    private ScopeDefinition definition(String scope) {
        ScopeDefinition def = find(scope);
        if (def == null) {
            List<ScopeDefinition> all = store.load();
            String names = all.isEmpty() ? "none yet"
                    : all.stream().map(ScopeDefinition::name).collect(Collectors.joining(", "));
            throw new SecretException("No secret scope '" + scope + "' (scopes: " + names + ").");
        }
        return def;
    }

    private ScopeDefinition find(String scope) {
        return store.load().stream().filter(d -> d.name().equals(scope)).findFirst().orElse(null);
    }

    /** Names differing only in case are refused too: the scope files would clash on Windows and macOS. */
    private List<ScopeDefinition> refuseTaken(String name) {
        SecretReference.checkName("scope", name);
        List<ScopeDefinition> saved = store.load();
        if (saved.stream().anyMatch(d -> d.name().equalsIgnoreCase(name))) {
            throw new SecretException("A secret scope named '" + name + "' already exists.");
        }
        return saved;
    }

    private void save(List<ScopeDefinition> saved, ScopeDefinition added) {
        List<ScopeDefinition> all = new ArrayList<>(saved);
        all.add(added);
        store.save(all);
    }

    private PassphraseProvider provider() {
        PassphraseProvider p = passphrases;
        if (p == null) {
            throw new SecretException("No way to ask for a scope passphrase was set up.");
        }
        return p;
    }
}
