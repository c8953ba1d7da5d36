package dev.lakehouse.explorer.engine.azure;

import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where each kind of connection is reached. */
class AzureEndpointTest {

    @Test
    void blobAndAdlsUseAzurePublicEndpoints() {
        var blob = AzureEndpoint.of(connection(ConnectionType.BLOB, "acme", null));
        var adls = AzureEndpoint.of(connection(ConnectionType.ADLS, "lake", null));

        assertThat(blob.blobUrl()).isEqualTo("https://acme.blob.core.windows.net");
        assertThat(blob.address()).isEqualTo("acme.blob.core.windows.net:443");
        assertThat(adls.dfsUrl()).isEqualTo("https://lake.dfs.core.windows.net");
        assertThat(adls.https()).isTrue();
    }

    @Test
    void azuriteDefaultsToItsLoopbackPortAndTakesTheAccountFromThePath() {
        var byDefault = AzureEndpoint.of(connection(ConnectionType.AZURITE, null, null));
        var custom = AzureEndpoint.of(connection(ConnectionType.AZURITE, null, "http://127.0.0.1:41234/other/"));

        assertThat(byDefault.blobUrl()).isEqualTo("http://127.0.0.1:10000/devstoreaccount1");
        assertThat(byDefault.azurite()).isTrue();
        assertThat(custom.blobUrl()).isEqualTo("http://127.0.0.1:41234/other");
        assertThat(custom.account()).isEqualTo("other");
        assertThat(custom.address()).isEqualTo("127.0.0.1:41234");
    }

    @Test
    void aCustomAzureEndpointHasItsDfsTwin() {
        var sovereign = AzureEndpoint.of(connection(ConnectionType.ADLS, "lake", "https://lake.blob.core.chinacloudapi.cn"));

        assertThat(sovereign.blobUrl()).isEqualTo("https://lake.blob.core.chinacloudapi.cn");
        assertThat(sovereign.dfsUrl()).isEqualTo("https://lake.dfs.core.chinacloudapi.cn");
    }

    @Test
    void aBadEndpointIsRefusedWithoutItsQuery() {
        assertThatThrownBy(() -> AzureEndpoint.of(connection(ConnectionType.AZURITE, null, "ftp://host/x?sig=abc")))
                .isInstanceOf(StorageException.class)
                .hasMessage("Connection 'c' has an endpoint that is not an http(s) URL: ftp://host/x");
    }

    private static Connection connection(ConnectionType type, String account, String endpoint) {
        return new Connection("c", type, account, "data", endpoint, StorageAuth.KEY, "{{secrets/s/k}}", null, null);
    }
}
