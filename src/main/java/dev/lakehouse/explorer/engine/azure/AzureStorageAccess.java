package dev.lakehouse.explorer.engine.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionCheck;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAccess;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.engine.connections.TransferControl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link StorageAccess} for Azure Blob storage, ADLS Gen2 accounts (through their Blob API) and the Azurite emulator,
 * with the Azure Blob SDK. Every failure leaves as a one-line {@link StorageException} without the credential.
 *
 * <p>Endpoints: {@code https://<account>.blob.core.windows.net} for BLOB and ADLS; the connection's endpoint when it
 * has one (Azurite's default {@code http://127.0.0.1:10000/devstoreaccount1}, path-style). Requests are tried twice
 * with a 15 s limit each, so a dead endpoint fails in seconds.
 */
public final class AzureStorageAccess implements StorageAccess {
    private final AzureClients clients;

    /** Uses the JDK's HTTP client (the SDK's Netty client is not on the class path). */
    public AzureStorageAccess() {
        this(new JdkHttpClientBuilder().connectionTimeout(Duration.ofSeconds(10))
                .responseTimeout(AzureClients.TRY_TIMEOUT).build());
    }

    /** Uses the given HTTP client for every request, e.g. one that records or fails them in tests. */
    public AzureStorageAccess(HttpClient httpClient) {
        this.clients = new AzureClients(Objects.requireNonNull(httpClient, "httpClient"));
    }

    @Override
    public List<ConnectionCheck> diagnose(Connection connection, String credential) {
        requireAzure(connection);
        return new AzureDiagnosis(clients, connection, credential).run();
    }

    @Override
    public List<StorageEntry> list(Connection connection, String credential, String path) {
        requireAzure(connection);
        return mapped(connection, credential, "list '" + where(connection, path) + "'",
                () -> AzureListing.list(clients.container(connection, credential), path));
    }

    @Override
    public long upload(Connection connection, String credential, Path local, String path, TransferControl control) {
        requireAzure(connection);
        return mapped(connection, credential, "upload " + local.getFileName() + " to '" + where(connection, path) + "'",
                () -> new AzureUpload(clients.container(connection, credential), control).run(local, path));
    }

    @Override
    public long download(Connection connection, String credential, String path, Path local, TransferControl control) {
        requireAzure(connection);
        return mapped(connection, credential, "download '" + where(connection, path) + "'",
                () -> new AzureDownload(clients.container(connection, credential), control).run(path, local));
    }

    private static <T> T mapped(Connection c, String credential, String action, Supplier<T> work) {
        try {
            return work.get();
        } catch (EngineException e) {
            throw e instanceof StorageException s ? new StorageException(Redaction.safe(s.getMessage(), credential),
                    s.getCause()) : e;
        } catch (RuntimeException e) {
            throw AzureStorageErrors.map(e, c, action, credential);
        }
    }

    private static String where(Connection c, String path) {
        return c.container() + "/" + BlobPaths.normalize(path);
    }

    private static void requireAzure(Connection c) {
        if (c.type() == ConnectionType.LOCAL) {
            throw new StorageException("Connection '" + c.name() + "' is a local folder, not Azure storage");
        }
    }
}
