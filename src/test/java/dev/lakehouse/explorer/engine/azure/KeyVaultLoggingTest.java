package dev.lakehouse.explorer.engine.azure;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.secrets.SecretScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** With the Azure SDK and MSAL logging everything they log, no line shows a value, a client secret or a token. */
class KeyVaultLoggingTest {
    static final String VALUE = "logged-VALUE-never-1234";
    static final String NEW_VALUE = "put-VALUE-never-5678";
    static final String WRONG_SECRET = "wrong-client-secret-for-log";

    @TempDir
    static Path dir;
    static KeyVaultFixture kv;

    @BeforeAll
    static void startVault() throws Exception {
        kv = KeyVaultFixture.start(dir);
        kv.server.vault().put("logged", VALUE, true);
        kv.server.vault().put("denied", VALUE, true);
        kv.server.vault().forbid("denied");
    }

    @AfterAll
    static void stopVault() {
        if (kv != null) {
            kv.close();
        }
    }

    @Test
    void theSdkLogsNoSecretAtAnyLevel() {
        try (CapturedLog log = CapturedLog.open()) {
            SecretScope scope = kv.open();
            assertThat(scope.get("logged")).isEqualTo(VALUE);
            scope.put("written", NEW_VALUE);
            catchThrowableOfType(() -> scope.get("denied"), SecretException.class);
            catchThrowableOfType(() -> kv.scopes(WRONG_SECRET).open(kv.servicePrincipal(kv.server.baseUrl())).keys(),
                    SecretException.class);

            // The capture works: the SDK did log (sign-in, challenge, MSAL) while doing all this.
            assertThat(log.lines()).isNotEmpty();
            for (String line : log.lines()) {
                // "eyJ" starts every base64url JWT header, so no access token appears either.
                assertThat(line).doesNotContain(VALUE, NEW_VALUE, TestTokenIssuer.CLIENT_SECRET, WRONG_SECRET, "eyJ");
            }
        }
    }
}
