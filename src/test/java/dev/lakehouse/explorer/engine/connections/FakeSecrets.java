package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.PassphraseProvider;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An in-memory SecretService for connection tests: scopes of key → value, no crypto. */
final class FakeSecrets implements SecretService {
    final Map<String, Map<String, String>> scopes = new TreeMap<>();

    FakeSecrets with(String scope, String key, String value) {
        scopes.computeIfAbsent(scope, s -> new TreeMap<>()).put(key, value);
        return this;
    }

    @Override
    public List<ScopeDefinition> scopes() {
        return scopes.keySet().stream().map(ScopeDefinition::local).toList();
    }

    @Override
    public ScopeDefinition createLocalScope(String name) {
        scopes.put(name, new TreeMap<>());
        return ScopeDefinition.local(name);
    }

    @Override
    public ScopeDefinition createKeyVaultScope(ScopeDefinition definition) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteScope(String name) {
        scopes.remove(name);
    }

    @Override
    public List<String> keys(String scope) {
        return List.copyOf(scope(scope).keySet());
    }

    @Override
    public void put(String scope, String key, String value) {
        scope(scope).put(key, value);
    }

    @Override
    public void delete(String scope, String key) {
        scope(scope).remove(key);
    }

    @Override
    public String value(SecretReference reference) {
        String v = scope(reference.scope()).get(reference.key());
        if (v == null) {
            throw new SecretException("No secret '" + reference.key() + "' in scope '" + reference.scope() + "'.");
        }
        return v;
    }

    @Override
    public String resolve(String text) {
        return SecretReference.replaceAll(text, this::value);
    }

    @Override
    public void setPassphraseProvider(PassphraseProvider provider) {
    }

    @Override
    public boolean isUnlocked(String scope) {
        return true;
    }

    private Map<String, String> scope(String name) {
        Map<String, String> s = scopes.get(name);
        if (s == null) {
            throw new SecretException("No secret scope '" + name + "' (scopes: " + String.join(", ", scopes.keySet()) + ").");
        }
        return s;
    }
}
