package dev.lakehouse.explorer.engine.azure;

import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.models.SecretProperties;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretScope;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A secret scope over one Azure Key Vault. Values fetched are kept in memory for the session, so a reference
 * used by many connections costs one round trip; {@link #put} and {@link #delete} drop the cached value of their
 * key. Thread-safe: the SDK client is, and the cache is a concurrent map.
 */
public final class KeyVaultScope implements SecretScope {
    private final String name;
    private final String vaultUrl;
    private final SecretClient client;
    private final KeyVaultErrors errors;
    private final Map<String, String> values = new ConcurrentHashMap<>();

    KeyVaultScope(String name, String vaultUrl, SecretClient client, KeyVaultErrors errors) {
        this.name = name;
        this.vaultUrl = vaultUrl;
        this.client = client;
        this.errors = errors;
    }

    @Override
    public String name() {
        return name;
    }

    /** The names of the vault's enabled secrets, sorted; disabled ones cannot be read, so they are left out. */
    @Override
    public List<String> keys() {
        return call(KeyVaultOperation.LIST, null, () -> client.listPropertiesOfSecrets().stream()
                .filter(p -> !Boolean.FALSE.equals(p.isEnabled()))
                .map(SecretProperties::getName)
                .filter(Objects::nonNull)
                .sorted()
                .toList());
    }

    @Override
    public String get(String key) {
        SecretReference.checkName("key", key);
        String cached = values.get(key);
        if (cached != null) {
            return cached;
        }
        // Fetched outside the map's lock: a slow vault must not block reads of other keys.
        String fetched = call(KeyVaultOperation.GET, key, () -> client.getSecret(key).getValue());
        String value = fetched == null ? "" : fetched;
        String raced = values.putIfAbsent(key, value);
        return raced == null ? value : raced;
    }

    @Override
    public void put(String key, String value) {
        SecretReference.checkName("key", key);
        Objects.requireNonNull(value, "value");
        // Dropped before the call too: a failed set may still have reached the vault, so the old value is suspect.
        values.remove(key);
        call(KeyVaultOperation.SET, key, () -> client.setSecret(key, value));
        values.remove(key);
    }

    /**
     * Starts the vault's deletion and returns once the vault has accepted it. Not waiting for the long-running
     * operation to finish: on a soft-delete vault it can take many seconds, and the secret is gone from listings
     * and reads as soon as the DELETE is accepted.
     */
    @Override
    public void delete(String key) {
        SecretReference.checkName("key", key);
        values.remove(key);
        call(KeyVaultOperation.DELETE, key, () -> client.beginDeleteSecret(key));
    }

    private <T> T call(KeyVaultOperation operation, String key, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw errors.map(e, operation, key);
        }
    }

    @Override
    public String toString() {
        return "KeyVaultScope[" + name + " → " + vaultUrl + ", " + values.size() + " cached]";
    }
}
