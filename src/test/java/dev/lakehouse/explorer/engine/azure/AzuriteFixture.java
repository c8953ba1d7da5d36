package dev.lakehouse.explorer.engine.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.sas.BlobContainerSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.common.StorageSharedKeyCredential;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.testing.Azurite;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Connections to the shared Azurite and a direct SDK client to check what the code under test did. */
final class AzuriteFixture {
    static final String KEY_REF = "{{secrets/test/azurite-key}}";
    static final String SAS_REF = "{{secrets/test/azurite-sas}}";
    static final HttpClient HTTP = new JdkHttpClientBuilder().build();

    private AzuriteFixture() {
    }

    static Azurite azurite() {
        return Azurite.shared();
    }

    static String newContainerName() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static Connection keyConnection(String container) {
        return connection(ConnectionType.AZURITE, container, azurite().endpoint(), StorageAuth.KEY, KEY_REF);
    }

    static Connection sasConnection(String container) {
        return connection(ConnectionType.AZURITE, container, azurite().endpoint(), StorageAuth.SAS, SAS_REF);
    }

    static Connection connection(ConnectionType type, String container, String endpoint, StorageAuth auth, String ref) {
        return new Connection("test-" + type.name().toLowerCase(), type, Azurite.ACCOUNT, container, endpoint, auth,
                ref, null, null);
    }

    /** The container through the SDK directly, signed with the real key. */
    static BlobContainerClient direct(String container) {
        return new BlobServiceClientBuilder().endpoint(azurite().endpoint()).httpClient(HTTP)
                .credential(new StorageSharedKeyCredential(Azurite.ACCOUNT, azurite().accountKey()))
                .buildClient().getBlobContainerClient(container);
    }

    static BlobContainerClient createdContainer() {
        BlobContainerClient c = direct(newContainerName());
        c.create();
        return c;
    }

    /** A container SAS signed with the real key, read+list+write+delete, expiring at the given time. */
    static String sas(String container, OffsetDateTime expiry) {
        var permissions = new BlobContainerSasPermission().setReadPermission(true).setListPermission(true)
                .setWritePermission(true).setCreatePermission(true).setDeletePermission(true);
        return direct(container).generateSas(new BlobServiceSasSignatureValues(expiry, permissions));
    }

    static String signatureOf(String sas) {
        for (String part : sas.split("&")) {
            if (part.startsWith("sig=")) {
                return java.net.URLDecoder.decode(part.substring(4), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no sig in the SAS");
    }
}
