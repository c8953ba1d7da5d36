package dev.lakehouse.explorer.engine.azure;

import com.azure.storage.blob.models.BlobItem;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionCheck;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static dev.lakehouse.explorer.engine.azure.AzuriteFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** "Test connection" against a real Azurite: each check fails for its own cause, with its own message. */
class AzureDiagnosisTest {
    private final AzureStorageAccess access = new AzureStorageAccess(HTTP);

    @Test
    void anExistingContainerWithTheRightKeyPassesEveryCheckAndLeavesNoProbe() {
        var container = createdContainer();
        List<ConnectionCheck> checks = access.diagnose(keyConnection(container.getBlobContainerName()),
                azurite().accountKey());

        assertThat(checks).extracting(ConnectionCheck::check)
                .containsExactly("resolve", "endpoint", "credential", "container", "list", "write");
        assertThat(checks).allSatisfy(c -> assertThat(c.ok()).as(c.toString()).isTrue());
        assertThat(container.listBlobs().stream().map(BlobItem::getName)).isEmpty();
    }

    @Test
    void aWrongKeyFailsTheCredentialCheckWithoutShowingTheKey() {
        String wrongKey = "AAAA" + azurite().accountKey().substring(4);
        var checks = access.diagnose(keyConnection(createdContainer().getBlobContainerName()), wrongKey);

        ConnectionCheck last = checks.get(checks.size() - 1);
        assertThat(last.check()).isEqualTo("credential");
        assertThat(last.ok()).isFalse();
        // Azurite 3.37 answers a wrong key with 403 AuthorizationFailure (Azure: AuthenticationFailed).
        assertThat(last.message()).isEqualTo("The account key was refused (403 AuthorizationFailure): check the key in "
                + KEY_REF);
        assertNoSecret(checks, wrongKey, azurite().accountKey());
    }

    @Test
    void anExpiredSasIsToldAsExpiredWithItsExpiry() {
        String container = createdContainer().getBlobContainerName();
        String sas = sas(container, OffsetDateTime.now().minusHours(2));
        var checks = access.diagnose(sasConnection(container), "?" + sas);

        ConnectionCheck last = checks.get(checks.size() - 1);
        assertThat(last.check()).isEqualTo("credential");
        assertThat(last.ok()).isFalse();
        assertThat(last.message()).startsWith("The SAS token has expired (se=20").endsWith("Z)");
        assertNoSecret(checks, signatureOf(sas));
    }

    @Test
    void aSasWithoutASignatureIsMalformed() {
        String container = createdContainer().getBlobContainerName();
        String sas = sas(container, OffsetDateTime.now().plusHours(1)).replaceAll("&sig=[^&]*", "");
        var last = lastCheck(access.diagnose(sasConnection(container), sas));

        assertThat(last.check()).isEqualTo("credential");
        assertThat(last.ok()).isFalse();
        assertThat(last.message()).isEqualTo("The SAS token is malformed: it has no signature (sig=)");
    }

    @Test
    void aSasWithAForgedSignatureIsRefusedByTheServiceWithoutShowingIt() {
        String container = createdContainer().getBlobContainerName();
        String forged = "bm90IGEgcmVhbCBzaWduYXR1cmUgYXQgYWxs";
        String sas = sas(container, OffsetDateTime.now().plusHours(1)).replaceAll("sig=[^&]*", "sig=" + forged);
        var checks = access.diagnose(sasConnection(container), sas);

        var last = lastCheck(checks);
        assertThat(last.check()).isEqualTo("credential");
        assertThat(last.message()).startsWith("The SAS token was refused (403 AuthorizationFailure): check the token in "
                + SAS_REF);
        assertNoSecret(checks, forged);
    }

    @Test
    void aValidSasPassesEveryCheck() {
        String container = createdContainer().getBlobContainerName();
        // The no-argument constructor, with its own JDK HTTP client.
        var checks = new AzureStorageAccess().diagnose(sasConnection(container),
                sas(container, OffsetDateTime.now().plusHours(1)));

        assertThat(checks).hasSize(6).allSatisfy(c -> assertThat(c.ok()).as(c.toString()).isTrue());
    }

    @Test
    void aMissingContainerFailsTheContainerCheck() {
        var checks = access.diagnose(keyConnection("no-such-container"), azurite().accountKey());

        assertThat(checks).extracting(ConnectionCheck::ok).containsExactly(true, true, true, false);
        assertThat(lastCheck(checks).message()).isEqualTo(
                "Container 'no-such-container' does not exist; 'storage upload' or a Spark write creates it");
    }

    @Test
    void aStoppedAzuriteFailsTheEndpointCheckQuicklyWithHowToStartIt() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Connection c = connection(ConnectionType.AZURITE, "data", "http://127.0.0.1:" + closedPort + "/devstoreaccount1",
                StorageAuth.KEY, KEY_REF);
        long start = System.nanoTime();
        var checks = access.diagnose(c, azurite().accountKey());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(checks).extracting(ConnectionCheck::check).containsExactly("resolve", "endpoint");
        assertThat(lastCheck(checks).message()).isEqualTo("Azurite is not running at 127.0.0.1:" + closedPort
                + ": start it with 'npx azurite-blob' (or 'azurite-blob --location DIR') and test again");
        assertThat(took).as("a sanity bound, not a benchmark").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anAdlsConnectionOnAzuriteIsToldThatTheEndpointServesNoDfs() {
        String container = createdContainer().getBlobContainerName();
        Connection adls = connection(ConnectionType.ADLS, container, azurite().endpoint(), StorageAuth.KEY, KEY_REF);
        long start = System.nanoTime();
        var checks = access.diagnose(adls, azurite().accountKey());

        assertThat(checks).extracting(ConnectionCheck::check)
                .containsExactly("resolve", "endpoint", "credential", "container", "list", "write", "dfs");
        assertThat(checks.subList(0, 6)).allSatisfy(c -> assertThat(c.ok()).isTrue());
        assertThat(lastCheck(checks).ok()).isFalse();
        assertThat(lastCheck(checks).message()).isEqualTo(
                "This endpoint does not serve ADLS Gen2 (DFS); use wasbs:// or a real ADLS Gen2 account");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anUnresolvableAccountFailsTheResolveCheck() {
        Connection c = connection(ConnectionType.BLOB, "data", null, StorageAuth.KEY, KEY_REF);
        Connection unknown = new Connection(c.name(), c.type(), "no-such-account-zz9", "data", null, c.auth(),
                c.secret(), null, null);
        var checks = access.diagnose(unknown, azurite().accountKey());

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.check()).isEqualTo("resolve");
            assertThat(check.message()).isEqualTo(
                    "Cannot resolve host no-such-account-zz9.blob.core.windows.net: check the account name");
        });
    }

    private static ConnectionCheck lastCheck(List<ConnectionCheck> checks) {
        return checks.get(checks.size() - 1);
    }

    static void assertNoSecret(List<ConnectionCheck> checks, String... secrets) {
        for (ConnectionCheck check : checks) {
            for (String secret : secrets) {
                assertThat(check.message()).doesNotContain(secret);
            }
            assertThat(check.message()).doesNotContainPattern("sig=[A-Za-z0-9%+/]").doesNotContain("\n");
        }
    }
}
