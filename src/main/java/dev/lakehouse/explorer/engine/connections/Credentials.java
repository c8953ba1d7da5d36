package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;

/** Resolves a connection's credential at the moment of use, and picks the storage access that serves it. */
final class Credentials {
    private Credentials() {
    }

    /** The credential the connection's reference stands for (registered with the redactor), or null when it has none. */
    static String resolve(SecretService secrets, Connection c) {
        return c.secret() == null || c.secret().isBlank() ? null : secrets.value(SecretReference.parse(c.secret()));
    }

    static StorageAccess access(Connection c, StorageAccess azure, StorageAccess local) {
        StorageAccess access = c.type() == ConnectionType.LOCAL ? local : azure;
        if (access == null) {
            throw new StorageException(c.type() + " storage is not available in this build (connection '" + c.name() + "').");
        }
        return access;
    }
}
