package dev.lakehouse.explorer.engine.secrets;

import java.util.List;

/**
 * An open scope: secrets by key. Values are read only when asked for and never listed. Implementations throw
 * {@link dev.lakehouse.explorer.engine.SecretException} with a one-line message that names the scope and key but
 * never a value.
 */
public interface SecretScope {

    String name();

    /** The keys of the scope's secrets, sorted; never their values. */
    List<String> keys();

    /** The value of one secret; a missing key is a SecretException naming it. */
    String get(String key);

    /** Adds or replaces a secret. */
    void put(String key, String value);

    /** Removes a secret; a missing key is a SecretException naming it. */
    void delete(String key);
}
