package dev.lakehouse.explorer.ui.connections;

import java.util.List;

/**
 * A scope as the secret picker lists it: its keys (names only, never values), or "locked" when listing would ask the
 * user something (a passphrase, a browser sign-in) or the vault did not answer: it is then listed on a click.
 *
 * @param scope  the scope's name
 * @param locked keys not read yet; {@code keys} is then empty
 * @param keys   the names of its secrets, sorted
 */
public record ScopeKeys(String scope, boolean locked, List<String> keys) {
    public ScopeKeys {
        keys = List.copyOf(keys);
    }
}
