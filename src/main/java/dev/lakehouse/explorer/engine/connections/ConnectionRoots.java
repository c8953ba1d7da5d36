package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a connection's container starts, as the Hadoop drivers name it. Azurite is addressed production-style,
 * {@code wasb://C@devstoreaccount1.localhost:10000/}: the WASB driver takes the account from the host name, and
 * {@code *.localhost} resolves to the loopback address (RFC 6761), where Azurite listens.
 */
public final class ConnectionRoots {
    public static final String AZURITE_ENDPOINT = "http://127.0.0.1:10000/devstoreaccount1";
    public static final String AZURITE_ACCOUNT = "devstoreaccount1";

    private ConnectionRoots() {
    }

    /** The connection's root, ending in '/'. */
    public static StorageUri root(Connection c) {
        return switch (c.type()) {
            case ADLS -> new StorageUri("abfss", c.container(), c.account() + ".dfs.core.windows.net", "/");
            case BLOB -> new StorageUri("wasbs", c.container(), c.account() + ".blob.core.windows.net", "/");
            case AZURITE -> new StorageUri("wasb", c.container(), azuriteAccount(c) + ".localhost:" + azuritePort(c), "/");
            case LOCAL -> {
                StorageUri folder = StorageUri.parse(c.endpoint());
                yield folder.path().endsWith("/") ? folder : folder.withPath(folder.path() + "/");
            }
        };
    }

    /** The Azurite endpoint, the default one when the connection names none. */
    public static URI azuriteEndpoint(Connection c) {
        String text = c.endpoint() == null || c.endpoint().isBlank() ? AZURITE_ENDPOINT : c.endpoint().trim();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new StorageException(badEndpoint(c, text));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new StorageException(badEndpoint(c, text), e);
        }
    }

    /** The account: the endpoint's first path segment ({@code /devstoreaccount1}), else Azurite's default account. */
    public static String azuriteAccount(Connection c) {
        String path = azuriteEndpoint(c).getPath();
        String first = path == null ? "" : path.replaceFirst("^/+", "").replaceFirst("/.*$", "");
        return first.isEmpty() ? AZURITE_ACCOUNT : first;
    }

    /** The endpoint's port, else the scheme's default. */
    public static int azuritePort(Connection c) {
        URI uri = azuriteEndpoint(c);
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String badEndpoint(Connection c, String text) {
        return "Connection '" + c.name() + "': the Azurite endpoint '" + text
                + "' is not an http(s) URL such as " + AZURITE_ENDPOINT + ".";
    }
}
