package dev.lakehouse.explorer.app;

import dev.lakehouse.explorer.engine.azure.AzureKeyVaultScopes;
import dev.lakehouse.explorer.engine.azure.AzureStorageAccess;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionCheck;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.Connectivity;
import dev.lakehouse.explorer.engine.connections.LocalStorageAccess;
import dev.lakehouse.explorer.engine.connections.Storage;
import dev.lakehouse.explorer.engine.connections.StorageAccess;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.engine.connections.TransferControl;
import dev.lakehouse.explorer.engine.connections.WorkspaceConnections;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.secrets.PassphraseProvider;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.secrets.WorkspaceSecrets;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Builds the secret scopes, connections and storage browser of a workspace, with the Azure SDK behind them. */
final class Connectivities {
    private Connectivities() {
    }

    /**
     * @param passphrases who asks for local scopes' passphrases until the window sets its dialog: the environment
     *                    variable or a terminal prompt
     */
    static Connectivity create(Workspace ws, SecretRedactor redactor, PassphraseProvider passphrases) {
        // The Azure SDK (HTTP clients, its classes) loads on first use, not on every start and every command.
        Lazy<AzureKeyVaultScopes> vaults = new Lazy<>(AzureKeyVaultScopes::new);
        SecretService secrets = new WorkspaceSecrets(ws, redactor, definition -> vaults.get().open(definition), passphrases);
        StorageAccess azure = new LazyStorageAccess(new Lazy<>(AzureStorageAccess::new));
        StorageAccess local = new LocalStorageAccess();
        ConnectionService connections = new WorkspaceConnections(ws, secrets, azure, local);
        return new Connectivity(secrets, connections, new Storage(connections, secrets, azure, local));
    }

    /** A value made once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = make.get();
                    }
                    v = value;
                }
            }
            return v;
        }
    }

    /** The Azure storage access, made when a connection to Azure is first used. */
    private record LazyStorageAccess(Lazy<AzureStorageAccess> access) implements StorageAccess {
        @Override
        public List<ConnectionCheck> diagnose(Connection c, String credential) {
            return access.get().diagnose(c, credential);
        }

        @Override
        public List<StorageEntry> list(Connection c, String credential, String path) {
            return access.get().list(c, credential, path);
        }

        @Override
        public long upload(Connection c, String credential,
                           Path local, String path,
                           TransferControl control) {
            return access.get().upload(c, credential, local, path, control);
        }

        @Override
        public long download(Connection c, String credential, String path,
                             Path local, TransferControl control) {
            return access.get().download(c, credential, path, local, control);
        }
    }
}
