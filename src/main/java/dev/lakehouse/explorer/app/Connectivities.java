package dev.lakehouse.explorer.app;

import dev.lakehouse.explorer.engine.azure.AzureKeyVaultScopes;
import dev.lakehouse.explorer.engine.azure.AzureStorageAccess;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.Connectivity;
import dev.lakehouse.explorer.engine.connections.LocalStorageAccess;
import dev.lakehouse.explorer.engine.connections.Storage;
import dev.lakehouse.explorer.engine.connections.StorageAccess;
import dev.lakehouse.explorer.engine.connections.WorkspaceConnections;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.secrets.PassphraseProvider;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.secrets.WorkspaceSecrets;
import dev.lakehouse.explorer.engine.workspace.Workspace;

/** Builds the secret scopes, connections and storage browser of a workspace, with the Azure SDK behind them. */
final class Connectivities {
    private Connectivities() {
    }

    /**
     * @param passphrases who asks for local scopes' passphrases until the window sets its dialog: the environment
     *                    variable or a terminal prompt
     */
    static Connectivity create(Workspace ws, SecretRedactor redactor, PassphraseProvider passphrases) {
        SecretService secrets = new WorkspaceSecrets(ws, redactor, new AzureKeyVaultScopes(), passphrases);
        StorageAccess azure = new AzureStorageAccess();
        StorageAccess local = new LocalStorageAccess();
        ConnectionService connections = new WorkspaceConnections(ws, secrets, azure, local);
        return new Connectivity(secrets, connections, new Storage(connections, secrets, azure, local));
    }
}
