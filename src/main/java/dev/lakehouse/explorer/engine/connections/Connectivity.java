package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.secrets.SecretService;

import java.util.Objects;

/** The services that reach beyond the workspace — secret scopes, connections, the storage browser — built together. */
public record Connectivity(SecretService secrets, ConnectionService connections, StorageService storage) {
    public Connectivity {
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(storage, "storage");
    }
}
