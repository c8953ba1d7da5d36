package dev.lakehouse.explorer.engine.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.SecretScope;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * What a user reads when a Key Vault scope cannot be used: each failure with the real SDK, over the network,
 * ends as one SecretException line saying what is wrong — and none of them shows a value or the client secret.
 */
class KeyVaultFailuresTest {
    static final String LOCKED_VALUE = "locked-VALUE-0815";
    static final String WRONG_SECRET = "wrong-client-secret-Xy9";
    /** Every failure of this class, checked at the end for leaked secrets. */
    static final List<Throwable> FAILURES = new CopyOnWriteArrayList<>();

    @TempDir
    static Path dir;
    static KeyVaultFixture kv;

    @BeforeAll
    static void startVault() throws Exception {
        kv = KeyVaultFixture.start(dir);
        kv.server.vault().put("locked", LOCKED_VALUE, true);
        kv.server.vault().forbid("locked");
        kv.server.vault().put("other-tenant", LOCKED_VALUE, true);
        kv.server.vault().refuseTokensFor("other-tenant");
    }

    @AfterAll
    static void stopVault() {
        if (kv != null) {
            kv.close();
        }
    }

    @Test
    void aForbiddenGetNamesTheIdentityThePermissionAndTheRole() {
        assertThat(failure(() -> kv.open().get("locked"))).hasMessage("Scope 'kv': the signed-in identity (client id "
                + TestTokenIssuer.CLIENT_ID + ", object id " + TestTokenIssuer.OBJECT_ID + ") may not get secrets in vault "
                + kv.server.baseUrl() + "; grant it 'Key Vault Secrets User' or a 'get' access policy.");
    }

    @Test
    void aForbiddenPutAsksForTheSetPermission() {
        assertThat(failure(() -> kv.open().put("locked", "new-" + LOCKED_VALUE)).getMessage())
                .contains("may not set secrets in vault " + kv.server.baseUrl(),
                        "'Key Vault Secrets Officer' or a 'set' access policy");
    }

    @Test
    void aVaultThatRefusesTheTokenSaysWhoseTokenItWas() {
        assertThat(failure(() -> kv.open().get("other-tenant"))).hasMessage("Scope 'kv': " + kv.server.baseUrl()
                + " refused the token of the signed-in identity (client id " + TestTokenIssuer.CLIENT_ID + ", object id "
                + TestTokenIssuer.OBJECT_ID + ") — is the vault in another tenant? Sign in again or check the scope's tenant.");
    }

    @Test
    void aWrongClientSecretIsASignInRefusal() {
        SecretScope scope = kv.scopes(WRONG_SECRET).open(kv.servicePrincipal(kv.server.baseUrl()));

        assertThat(failure(scope::keys)).hasMessage("Scope 'kv': Azure refused the sign-in of service principal "
                + TestTokenIssuer.CLIENT_ID + " in tenant " + TestTokenIssuer.TENANT + " (AADSTS7000215: the client "
                + "secret is wrong) — check the client secret in KV_TEST_CLIENT_SECRET, the client id and the tenant.");
    }

    @Test
    void aMissingClientSecretVariableFailsWhenOpening() {
        var scopes = new AzureKeyVaultScopes(kv.trusting, Map.of());

        assertThat(failure(() -> scopes.open(kv.servicePrincipal(kv.server.baseUrl())))).hasMessage(
                "Environment variable KV_TEST_CLIENT_SECRET (the client secret of scope 'kv') is not set.");
    }

    @Test
    void aWebSiteThatAnswersHtml404IsNoVault() {
        String url = kv.server.baseUrl() + "/not-a-vault";
        SecretScope scope = kv.open(url);

        assertThat(failure(scope::keys)).hasMessage(url
                + " does not answer as an Azure Key Vault (HTTP 404, text/html; charset=utf-8).");
        assertThat(failure(() -> scope.get("any")).getMessage()).startsWith(url + " does not answer as an Azure Key Vault");
    }

    @Test
    void aWebPageThatAnswersWithoutASignInIsNoVault() {
        // By the name localhost no sign-in challenge is cached for this server, so the page's 200 comes first.
        String url = "https://localhost:" + kv.server.port() + "/web-page";

        assertThat(failure(() -> kv.open(url).get("k"))).hasMessage(url + " does not answer as an Azure Key Vault "
                + "(it answered without asking for a sign-in, and not in Key Vault's JSON).");
    }

    @Test
    void aSignInChallengeForAnotherDomainIsNoVault() {
        // Same server by another name: the challenge's resource does not cover "localhost", as it would not for
        // a look-alike host in front of a real vault.
        String url = "https://localhost:" + kv.server.port();

        assertThat(failure(() -> kv.open(url).keys())).hasMessage(url
                + " does not answer as an Azure Key Vault (its sign-in challenge is for another host).");
    }

    @Test
    void httpInsteadOfHttpsAndBadSyntaxAreRefusedWhenOpening() {
        var scopes = kv.scopes(TestTokenIssuer.CLIENT_SECRET);

        assertThat(failure(() -> scopes.open(ScopeDefinition.keyVault("kv", "http://example.org", KeyVaultAuth.CLI))))
                .hasMessage("http://example.org does not answer as an Azure Key Vault (Key Vault answers only on "
                        + "https://, e.g. https://<vault>.vault.azure.net).");
        assertThat(failure(() -> scopes.open(ScopeDefinition.keyVault("kv", "https://bad host/", KeyVaultAuth.CLI))).getMessage())
                .startsWith("https://bad host does not answer as an Azure Key Vault (not a valid URL: ");
    }

    @Test
    void theProductionClientDoesNotTrustASelfSignedCertificate() {
        // CLI sign-in is never reached: the first, unauthenticated request already fails in the handshake.
        String url = "https://localhost:" + kv.server.port();
        SecretScope scope = new AzureKeyVaultScopes().open(ScopeDefinition.keyVault("kv", url, KeyVaultAuth.CLI));

        assertThat(failure(scope::keys)).hasMessage("TLS handshake with localhost:" + kv.server.port() + " failed: its "
                + "certificate is not trusted — self-signed, or issued by an authority this Java does not trust (scope 'kv').");
    }

    @Test
    void aDeadPortIsRefusedWithinSeconds() throws IOException {
        int port = freePort();
        SecretScope scope = kv.open("https://127.0.0.1:" + port);

        long start = System.nanoTime();
        SecretException e = failure(scope::keys);

        assertThat(e).hasMessage("Cannot connect to 127.0.0.1:" + port + ": connection refused — nothing listens there (scope 'kv').");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aDeadSignInHostIsNamedNotTheVault() throws IOException {
        int port = freePort();
        ScopeDefinition d = kv.servicePrincipal(kv.server.baseUrl());
        var deadAuthority = new ScopeDefinition(d.name(), d.kind(), d.vaultUrl(), d.auth(), "https://127.0.0.1:" + port,
                d.tenant(), d.clientId(), d.clientSecretEnv());

        SecretException e = failure(() -> kv.scopes(TestTokenIssuer.CLIENT_SECRET).open(deadAuthority).get("k"));

        assertThat(e.getMessage()).startsWith("Cannot connect to 127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void withoutTheAzureCliTheScopeIsNotSignedIn() {
        assumeFalse(onPath("az"), "the Azure CLI is installed here, so the sign-in would be real");
        SecretScope scope = kv.scopes("").open(ScopeDefinition.keyVault("kv", kv.server.baseUrl(), KeyVaultAuth.CLI));

        assertThat(failure(scope::keys).getMessage()).startsWith("Scope 'kv': not signed in to Azure — run 'az login' (");
    }

    @Test
    void aHostThatNeverAnswersTimesOut() throws Exception {
        // The kernel completes the TCP handshake from the backlog; nothing ever speaks TLS on it.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            HttpClient impatient = new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder())
                    .connectionTimeout(Duration.ofSeconds(1)).responseTimeout(Duration.ofSeconds(1)).build();
            String url = "https://127.0.0.1:" + silent.getLocalPort();
            SecretScope scope = new AzureKeyVaultScopes(impatient, Map.of(KeyVaultFixture.ENV, "x"))
                    .open(kv.servicePrincipal(url));

            long start = System.nanoTime();
            SecretException e = failure(scope::keys);

            assertThat(e).hasMessage("Connecting to 127.0.0.1:" + silent.getLocalPort() + " timed out: check the URL, "
                    + "a proxy or a firewall (scope 'kv').");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void anUnresolvableHostIsNamed() {
        SecretScope scope = kv.open("https://no-such-vault.invalid");

        long start = System.nanoTime();
        SecretException e = failure(() -> scope.get("k"));

        assertThat(e.getMessage()).startsWith("Cannot resolve host no-such-vault.invalid: ").endsWith("(scope 'kv').");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void noFailureShowsAValueTheClientSecretOrAToken() {
        // Runs the failures again here, so this test does not depend on the others' order.
        failure(() -> kv.open().get("locked"));
        failure(() -> kv.open().put("locked", "new-" + LOCKED_VALUE));
        failure(() -> kv.scopes(WRONG_SECRET).open(kv.servicePrincipal(kv.server.baseUrl())).keys());
        failure(() -> kv.open(kv.server.baseUrl() + "/not-a-vault").get("locked"));
        assertThat(FAILURES).hasSizeGreaterThanOrEqualTo(4);

        for (Throwable t : FAILURES) {
            assertThat(everything(t)).doesNotContain(LOCKED_VALUE, TestTokenIssuer.CLIENT_SECRET, WRONG_SECRET, "Bearer ey");
        }
    }

    /** The failure of an action that must fail with a one-line SecretException, kept for the leak check. */
    private static SecretException failure(ThrowingCallable action) {
        SecretException e = catchThrowableOfType(action, SecretException.class);
        assertThat(e).as("a SecretException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        FAILURES.add(e);
        System.out.println("KeyVaultFailuresTest message: " + e.getMessage());
        return e;
    }

    /** Message, toString and stack trace of an exception and all its causes, as a log would print them. */
    private static String everything(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return t + "\n" + out;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
