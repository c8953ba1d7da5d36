package dev.lakehouse.explorer.testing;

import dev.lakehouse.explorer.engine.azure.AzureKeyVaultScopes;
import dev.lakehouse.explorer.engine.azure.AzureStorageAccess;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.Connectivity;
import dev.lakehouse.explorer.engine.connections.LocalStorageAccess;
import dev.lakehouse.explorer.engine.connections.Storage;
import dev.lakehouse.explorer.engine.connections.StorageAccess;
import dev.lakehouse.explorer.engine.connections.WorkspaceConnections;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.secrets.WorkspaceSecrets;
import dev.lakehouse.explorer.engine.workspace.Workspace;

/** The app's connectivity (as {@code app.Connectivities} builds it) with a fixed passphrase for local scopes. */
public final class TestConnectivity {
    public static final String PASSPHRASE = "classroom-passphrase-2026";

    private TestConnectivity() {
    }

    public static Connectivity create(Workspace ws, SecretRedactor redactor) {
        SecretService secrets = new WorkspaceSecrets(ws, redactor, new AzureKeyVaultScopes(),
                (scope, creating) -> PASSPHRASE.toCharArray());
        StorageAccess azure = new AzureStorageAccess();
        StorageAccess local = new LocalStorageAccess();
        ConnectionService connections = new WorkspaceConnections(ws, secrets, azure, local);
        return new Connectivity(secrets, connections, new Storage(connections, secrets, azure, local));
    }
}
