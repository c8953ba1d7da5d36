package dev.lakehouse.explorer.engine.azure;

import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a connection's Blob (and, for ADLS, DFS) service answers.
 *
 * @param blobUrl the Blob service URL, account included (host-style on Azure, path-style on Azurite)
 * @param dfsUrl  the Data Lake (DFS) service URL
 * @param host    the host the network checks resolve and connect to
 * @param port    the TCP port
 * @param https   whether TLS is spoken
 * @param account the storage account name
 * @param azurite whether this is the Azurite emulator (its own hints in messages)
 */
record AzureEndpoint(String blobUrl, String dfsUrl, String host, int port, boolean https, String account,
                     boolean azurite) {

    static final String AZURITE_DEFAULT = "http://127.0.0.1:10000/devstoreaccount1";
    private static final String AZURITE_ACCOUNT = "devstoreaccount1";

    static AzureEndpoint of(Connection c) {
        if (c.type() == ConnectionType.LOCAL) {
            throw new StorageException("Connection '" + c.name() + "' is a local folder, not Azure storage");
        }
        String endpoint = c.endpoint() == null || c.endpoint().isBlank()
                ? (c.type() == ConnectionType.AZURITE ? AZURITE_DEFAULT : null) : c.endpoint().trim();
        if (endpoint == null) {
            return publicAzure(c);
        }
        return custom(c, endpoint);
    }

    private static AzureEndpoint publicAzure(Connection c) {
        String account = required(c.account(), c);
        String blobHost = account + ".blob.core.windows.net";
        return new AzureEndpoint("https://" + blobHost, "https://" + account + ".dfs.core.windows.net",
                blobHost, 443, true, account, false);
    }

    /** A given endpoint: Azurite, or a private or sovereign-cloud Azure endpoint. */
    private static AzureEndpoint custom(Connection c, String endpoint) {
        URI uri = parse(endpoint, c);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (https ? 443 : 80);
        String base = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        boolean azurite = c.type() == ConnectionType.AZURITE;
        String account;
        String blobUrl;
        if (pathStyle(uri.getHost())) {
            // Azurite's (and the SDK's) path-style addressing: the account is the first path segment.
            account = path.isEmpty() ? orDefault(c.account(), azurite ? AZURITE_ACCOUNT : null, c)
                    : path.split("/")[0];
            blobUrl = base + "/" + account;
        } else {
            account = orDefault(c.account(), uri.getHost().split("\\.")[0], c);
            blobUrl = path.isEmpty() ? base : base + "/" + path;
        }
        // A custom Azure endpoint names the blob host; its DFS twin swaps the service label. Azurite has no twin.
        String dfsUrl = blobUrl.contains(".blob.") ? blobUrl.replaceFirst("\\.blob\\.", ".dfs.") : blobUrl;
        return new AzureEndpoint(blobUrl, dfsUrl, uri.getHost(), port, https, account, azurite);
    }

    private static boolean pathStyle(String host) {
        return host.equalsIgnoreCase("localhost") || host.matches("[0-9.]+") || host.contains(":");
    }

    private static URI parse(String endpoint, Connection c) {
        try {
            URI uri = new URI(endpoint);
            if (uri.getHost() == null || uri.getScheme() == null
                    || !uri.getScheme().toLowerCase().matches("https?")) {
                throw new URISyntaxException(endpoint, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new StorageException("Connection '" + c.name() + "' has an endpoint that is not an http(s) URL: "
                    + AzureStorageErrors.withoutQuery(endpoint));
        }
    }

    private static String orDefault(String account, String fallback, Connection c) {
        return account != null && !account.isBlank() ? account : required(fallback, c);
    }

    private static String required(String account, Connection c) {
        if (account == null || account.isBlank()) {
            throw new StorageException("Connection '" + c.name() + "' names no storage account");
        }
        return account;
    }

    /** host:port as messages show it. */
    String address() {
        return host + ":" + port;
    }
}
