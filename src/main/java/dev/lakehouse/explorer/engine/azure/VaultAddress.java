package dev.lakehouse.explorer.engine.azure;

import dev.lakehouse.explorer.engine.SecretException;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A vault URL checked before any client is built: the SDK's own checks fail later and less clearly (a plain
 * {@code http://} URL only fails at the first call, inside the pipeline).
 *
 * @param url  the URL as the scope definition gives it, without a trailing slash
 * @param host the host and, when the URL names one, the port the vault answers on
 */
record VaultAddress(String url, String host) {

    static VaultAddress parse(String scope, String vaultUrl) {
        if (vaultUrl == null || vaultUrl.isBlank()) {
            throw new SecretException("Scope '" + scope + "' has no vault URL: give one like https://<vault>.vault.azure.net.");
        }
        String url = stripTrailingSlash(vaultUrl.trim());
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw notAVault(url, "not a valid URL: " + e.getReason());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw notAVault(url, "Key Vault answers only on https://, e.g. https://<vault>.vault.azure.net");
        }
        if (uri.getHost() == null) {
            throw notAVault(url, "the URL has no host name");
        }
        return new VaultAddress(url, uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
    }

    static SecretException notAVault(String url, String why) {
        return new SecretException(url + " does not answer as an Azure Key Vault (" + why + ").");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
