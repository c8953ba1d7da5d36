package dev.lakehouse.explorer.engine.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.DataLakeServiceClientBuilder;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.StorageAuth;

import java.time.Duration;

/**
 * Builds the SDK clients of one connection: its endpoint, its credential, one shared HTTP client and bounded retries,
 * so that a dead endpoint fails in seconds rather than after the SDK's default minutes of retrying.
 */
final class AzureClients {
    static final Duration TRY_TIMEOUT = Duration.ofSeconds(15);
    private static final RequestRetryOptions RETRIES = new RequestRetryOptions(RetryPolicyType.EXPONENTIAL, 2,
            TRY_TIMEOUT, Duration.ofMillis(500), Duration.ofSeconds(2), null);

    private final HttpClient http;

    AzureClients(HttpClient http) {
        this.http = http;
    }

    BlobContainerClient container(Connection c, String credential) {
        AzureEndpoint endpoint = AzureEndpoint.of(c);
        var builder = new BlobServiceClientBuilder().endpoint(endpoint.blobUrl()).httpClient(http).retryOptions(RETRIES);
        Signing s = signing(c, endpoint, credential);
        if (s.key() != null) builder.credential(s.key());
        if (s.sas() != null) builder.sasToken(s.sas());
        if (s.token() != null) builder.credential(s.token());
        return builder.buildClient().getBlobContainerClient(container(c));
    }

    DataLakeFileSystemClient fileSystem(Connection c, String credential) {
        AzureEndpoint endpoint = AzureEndpoint.of(c);
        var builder = new DataLakeServiceClientBuilder().endpoint(endpoint.dfsUrl()).httpClient(http)
                .retryOptions(RETRIES);
        Signing s = signing(c, endpoint, credential);
        if (s.key() != null) builder.credential(s.key());
        if (s.sas() != null) builder.sasToken(s.sas());
        if (s.token() != null) builder.credential(s.token());
        return builder.buildClient().getFileSystemClient(container(c));
    }

    /** Exactly one of the three is set (none for {@code NONE}): the two builders share no credential interface. */
    private record Signing(StorageSharedKeyCredential key, String sas, TokenCredential token) {
    }

    private Signing signing(Connection c, AzureEndpoint endpoint, String credential) {
        return switch (c.auth()) {
            case KEY -> new Signing(new StorageSharedKeyCredential(endpoint.account(), base64Key(c, required(c, credential))),
                    null, null);
            case SAS -> new Signing(null, SasToken.stripQuestionMark(required(c, credential)), null);
            case SERVICE_PRINCIPAL, DEFAULT -> new Signing(null, null, token(c, credential));
            case NONE -> new Signing(null, null, null);
        };
    }

    private TokenCredential token(Connection c, String secret) {
        if (c.auth() == StorageAuth.DEFAULT) {
            return new DefaultAzureCredentialBuilder().httpClient(http).build();
        }
        if (c.tenant() == null || c.clientId() == null) {
            throw new StorageException("Connection '" + c.name() + "' needs a tenant id and a client id for a service principal");
        }
        return new ClientSecretCredentialBuilder().tenantId(c.tenant()).clientId(c.clientId())
                .clientSecret(required(c, secret)).httpClient(http).build();
    }

    /** An account key is Base64 (88 characters); anything else would fail deep in the SDK with a decoder's words. */
    private static String base64Key(Connection c, String key) {
        try {
            java.util.Base64.getDecoder().decode(key.strip());
            return key.strip();
        } catch (IllegalArgumentException e) {
            throw new StorageException("The account key in " + c.secret() + " is not a storage account key (an account key"
                    + " is 88 characters of Base64): store the key itself, as the portal's 'Access keys' page shows it");
        }
    }

    static String container(Connection c) {
        if (c.container() == null || c.container().isBlank()) {
            throw new StorageException("Connection '" + c.name() + "' names no container");
        }
        return c.container();
    }

    private static String required(Connection c, String credential) {
        if (credential == null || credential.isBlank()) {
            throw new StorageException("Connection '" + c.name() + "' has no " + AzureStorageErrors.credentialNoun(c.auth())
                    + ": its secret " + (c.secret() == null ? "is not set" : c.secret() + " is empty"));
        }
        return credential.trim();
    }
}
