package dev.lakehouse.explorer.engine.secrets;

import dev.lakehouse.explorer.engine.SecretException;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An unlocked local scope: every call reads the file again with the session's key, so secrets another process
 * added are seen, and every change is a read-modify-write of the whole (small) file. Callers serialise access.
 */
final class LocalScope implements SecretScope {
    private final String name;
    private final LocalScopeFile file;

    LocalScope(String name, LocalScopeFile file) {
        this.name = name;
        this.file = file;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> keys() {
        return List.copyOf(file.read().keySet()); // a TreeMap: sorted
    }

    @Override
    public String get(String key) {
        String value = file.read().get(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    @Override
    public void put(String key, String value) {
        Map<String, String> secrets = new TreeMap<>(file.read());
        secrets.put(key, value);
        file.write(secrets);
    }

    @Override
    public void delete(String key) {
        Map<String, String> secrets = new TreeMap<>(file.read());
        if (secrets.remove(key) == null) {
            throw missing(key);
        }
        file.write(secrets);
    }

    private SecretException missing(String key) {
        return new SecretException("No secret '" + key + "' in scope '" + name + "'.");
    }

    @Override
    public String toString() {
        return "LocalScope[" + name + "]";
    }
}
