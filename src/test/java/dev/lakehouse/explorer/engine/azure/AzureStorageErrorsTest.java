package dev.lakehouse.explorer.engine.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.engine.connections.TransferControl;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import javax.net.ssl.SSLHandshakeException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Network failures the SDK meets, injected through the HTTP client the second constructor takes: each becomes one line
 * naming the host, and the bounded retries try a request exactly twice.
 */
class AzureStorageErrorsTest {
    private static final String SAS = "sv=2026-06-06&se=2099-01-01T00%3A00%3A00Z&sr=c&sp=rl&sig=c2VjcmV0LXNpZ25hdHVyZQ%3D%3D";
    private static final Connection BLOB = new Connection("prod", ConnectionType.BLOB, "acme", "data", null,
            StorageAuth.SAS, "{{secrets/prod/sas}}", null, null);

    @Test
    void anUnknownHostNamesTheHostAndTheAccount() {
        var client = new FailingClient(() -> new UnknownHostException("acme.blob.core.windows.net"));
        assertThatThrownBy(() -> new AzureStorageAccess(client).list(BLOB, SAS, ""))
                .isInstanceOf(StorageException.class)
                .hasMessage("Cannot resolve host acme.blob.core.windows.net: check the account name");
    }

    @Test
    void aTlsFailureIsToldAsSuchAndTheRequestIsTriedTwice() {
        var client = new FailingClient(() -> new SSLHandshakeException("PKIX path building failed"));
        assertThatThrownBy(() -> new AzureStorageAccess(client).list(BLOB, SAS, "x/"))
                .isInstanceOf(StorageException.class)
                .hasMessage("TLS with acme.blob.core.windows.net:443 failed: PKIX path building failed");
        assertThat(client.calls).hasValue(2);
    }

    @Test
    void aRefusedAzuriteSaysHowToStartIt() throws Exception {
        var azurite = new Connection("local", ConnectionType.AZURITE, null, "data", null, StorageAuth.KEY,
                "{{secrets/dev/key}}", null, null);
        var client = new FailingClient(() -> new ConnectException("Connection refused"));
        Path file = Files.writeString(Files.createTempFile("up", ".txt"), "x");
        try {
            assertThatThrownBy(() -> new AzureStorageAccess(client).upload(azurite,
                    dev.lakehouse.explorer.testing.Azurite.ACCOUNT_KEY, file, "", TransferControl.none()))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Azurite is not running at 127.0.0.1:10000: start it with 'npx azurite-blob'"
                            + " (or 'azurite-blob --location DIR') and test again");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aServiceTextQuotingTheRequestUrlLosesItsQueryAndSignature() {
        var client = new FailingClient(() -> new IllegalStateException(
                "Bad reply from https://acme.blob.core.windows.net/data?restype=container&" + SAS + "\nmore"));
        assertThatThrownBy(() -> new AzureStorageAccess(client).list(BLOB, SAS, ""))
                .isInstanceOf(StorageException.class)
                .hasMessage("Cannot list 'data/': Bad reply from https://acme.blob.core.windows.net/data");
    }

    /** Fails every request with the given error, counting the tries. */
    private static final class FailingClient implements HttpClient {
        final AtomicInteger calls = new AtomicInteger();
        private final Supplier<Exception> error;

        FailingClient(Supplier<Exception> error) {
            this.error = error;
        }

        @Override
        public Mono<HttpResponse> send(HttpRequest request) {
            calls.incrementAndGet();
            return Mono.error(error.get());
        }
    }
}
