package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.PassphraseProvider;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Secret scopes in memory. A local scope is created through the passphrase provider, as the real service does, so
 * a cancelled dialog fails the creation. Calls are recorded for the tests.
 */
public final class FakeSecretService implements SecretService {
    public final Map<String, ScopeDefinition> definitions = new ConcurrentHashMap<>();
    public final Map<String, Map<String, String>> values = new ConcurrentHashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public volatile PassphraseProvider provider = (scope, creating) -> "passphrase".toCharArray();
    /** Scopes whose passphrase was given this session. */
    public final List<String> unlocked = new CopyOnWriteArrayList<>();

    public FakeSecretService withLocalScope(String name, String... keys) {
        definitions.put(name, ScopeDefinition.local(name));
        var map = new TreeMap<String, String>();
        for (String key : keys) {
            map.put(key, "value-of-" + key);
        }
        values.put(name, map);
        unlocked.add(name);
        return this;
    }

    public FakeSecretService withScope(ScopeDefinition definition, String... keys) {
        withLocalScope(definition.name(), keys);
        definitions.put(definition.name(), definition);
        return this;
    }

    @Override
    public List<ScopeDefinition> scopes() {
        calls.add("scopes");
        return definitions.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    @Override
    public ScopeDefinition createLocalScope(String name) {
        calls.add("createLocalScope " + name);
        taken(name);
        char[] passphrase = provider.passphrase(name, true);
        java.util.Arrays.fill(passphrase, '\0');
        var definition = ScopeDefinition.local(name);
        definitions.put(name, definition);
        values.put(name, new TreeMap<>());
        unlocked.add(name);
        return definition;
    }

    @Override
    public ScopeDefinition createKeyVaultScope(ScopeDefinition definition) {
        calls.add("createKeyVaultScope " + definition);
        taken(definition.name());
        definitions.put(definition.name(), definition);
        values.put(definition.name(), new TreeMap<>());
        return definition;
    }

    @Override
    public void deleteScope(String name) {
        calls.add("deleteScope " + name);
        scope(name);
        definitions.remove(name);
        values.remove(name);
    }

    @Override
    public List<String> keys(String scope) {
        calls.add("keys " + scope);
        return new ArrayList<>(scope(scope).keySet());
    }

    @Override
    public void put(String scope, String key, String value) {
        calls.add("put " + scope + "/" + key);
        scope(scope).put(key, value);
    }

    @Override
    public void delete(String scope, String key) {
        calls.add("delete " + scope + "/" + key);
        if (scope(scope).remove(key) == null) {
            throw new SecretException("No secret '" + key + "' in scope '" + scope + "'.");
        }
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
        this.provider = provider;
    }

    @Override
    public boolean isUnlocked(String scope) {
        ScopeDefinition d = definitions.get(scope);
        return d != null && (d.kind() == ScopeKind.KEY_VAULT || unlocked.contains(scope));
    }

    private Map<String, String> scope(String name) {
        Map<String, String> scope = values.get(name);
        if (scope == null) {
            throw new SecretException("No secret scope '" + name + "'.");
        }
        return scope;
    }

    private void taken(String name) {
        if (definitions.containsKey(name)) {
            throw new SecretException("A scope named '" + name + "' exists already.");
        }
    }
}
