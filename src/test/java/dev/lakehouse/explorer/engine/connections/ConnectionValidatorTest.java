package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionValidatorTest {
    private static final String PLAIN_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu";
    private final ConnectionValidator validator = new ConnectionValidator(new FakeSecrets().with("dev", "k", "v"));
    @TempDir
    Path dir;

    private static Connection adls(String name, String account, String container, StorageAuth auth, String secret) {
        return new Connection(name, ConnectionType.ADLS, account, container, null, auth, secret, "t", "c");
    }

    private void refused(Connection c, String message) {
        assertThatThrownBy(() -> validator.validate(c, List.of())).isInstanceOf(StorageException.class).hasMessage(message);
    }

    @Test
    void aGoodConnectionOfEachTypePasses() {
        assertThatCode(() -> {
            validator.validate(adls("lake", "acct1", "bronze", StorageAuth.KEY, "{{secrets/dev/k}}"), List.of());
            validator.validate(new Connection("b", ConnectionType.BLOB, "acct1", "raw", null, StorageAuth.SAS,
                    "{{secrets/dev/k}}", null, null), List.of());
            validator.validate(new Connection("emu", ConnectionType.AZURITE, null, "raw", null, StorageAuth.KEY,
                    "{{secrets/dev/k}}", null, null), List.of());
            validator.validate(new Connection("here", ConnectionType.LOCAL, null, null, dir.toString(), StorageAuth.NONE,
                    null, null, null), List.of());
        }).doesNotThrowAnyException();
    }

    @Test
    void aPlainCredentialIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> validator.validate(adls("lake", "acct1", "bronze", StorageAuth.KEY, PLAIN_KEY), List.of()))
                .hasMessage("The credential must be a secret reference {{secrets/<scope>/<key>}}, not the value itself.")
                .message().doesNotContain(PLAIN_KEY.substring(0, 6));
    }

    @Test
    void aReferenceToAnUnknownScopeIsRefused() {
        refused(adls("lake", "acct1", "bronze", StorageAuth.KEY, "{{secrets/prod/k}}"),
                "No secret scope 'prod': create it first (connection 'lake').");
    }

    @Test
    void namesAreCheckedAndATakenNameIsRefusedInAnyCase() {
        refused(adls("bad name", "acct1", "bronze", StorageAuth.KEY, "{{secrets/dev/k}}"),
                "Connection 'bad name': the name must be 1–63 letters, digits, '-', '_' or '.', starting with a letter or digit.");
        Connection saved = adls("lake", "acct1", "bronze", StorageAuth.KEY, "{{secrets/dev/k}}");
        assertThatThrownBy(() -> validator.validate(adls("LAKE", "acct1", "b2b", StorageAuth.KEY, "{{secrets/dev/k}}"), List.of(saved)))
                .hasMessage("A connection named 'LAKE' already exists.");
    }

    @Test
    void azureNamingRules() {
        refused(adls("lake", null, "bronze", StorageAuth.KEY, "{{secrets/dev/k}}"),
                "Connection 'lake': the storage account must be 3–24 lowercase letters and digits.");
        String containerRule = "Connection 'lake': the container must be 3–63 lowercase letters, digits and '-', "
                + "starting and ending with a letter or digit, without '--'.";
        for (String bad : new String[] {"Bronze", "ab", "-abc", "abc-", "a--b", "a".repeat(64), null}) {
            refused(adls("lake", "acct1", bad, StorageAuth.KEY, "{{secrets/dev/k}}"), containerRule);
        }
        assertThatCode(() -> validator.validate(adls("lake", "acct1", "a-b-" + "c".repeat(59), StorageAuth.KEY,
                "{{secrets/dev/k}}"), List.of())).doesNotThrowAnyException();
    }

    @Test
    void fieldsEachSignInNeeds() {
        refused(adls("lake", "acct1", "bronze", StorageAuth.SAS, null),
                "Connection 'lake': SAS sign-in needs the secret field: a reference {{secrets/<scope>/<key>}}.");
        refused(new Connection("sp", ConnectionType.ADLS, "acct1", "bronze", null, StorageAuth.SERVICE_PRINCIPAL,
                "{{secrets/dev/k}}", null, "c"), "Connection 'sp': a service principal needs its tenant (directory) id.");
        refused(new Connection("sp", ConnectionType.ADLS, "acct1", "bronze", null, StorageAuth.SERVICE_PRINCIPAL,
                "{{secrets/dev/k}}", "t", " "), "Connection 'sp': a service principal needs its client (application) id.");
        refused(new Connection("b", ConnectionType.BLOB, "acct1", "raw", null, StorageAuth.SERVICE_PRINCIPAL,
                "{{secrets/dev/k}}", "t", "c"), "Connection 'b': BLOB connections sign in with KEY, SAS, DEFAULT, not SERVICE_PRINCIPAL.");
        refused(adls("lake", "acct1", "bronze", StorageAuth.DEFAULT, PLAIN_KEY),
                "Connection 'lake': DEFAULT sign-in takes no secret; leave the secret field empty.");
    }

    @Test
    void azuriteNeedsAnHttpEndpointAndLocalAnExistingFolder() {
        refused(new Connection("emu", ConnectionType.AZURITE, null, "raw", "ftp://x:1/y", StorageAuth.KEY,
                "{{secrets/dev/k}}", null, null), "Connection 'emu': the Azurite endpoint 'ftp://x:1/y' is not an http(s) URL such as http://127.0.0.1:10000/devstoreaccount1.");
        refused(new Connection("emu", ConnectionType.AZURITE, "other", "raw", null, StorageAuth.KEY,
                "{{secrets/dev/k}}", null, null), "Connection 'emu': the account 'other' differs from the endpoint's account 'devstoreaccount1'.");
        Path missing = dir.resolve("missing");
        refused(new Connection("here", ConnectionType.LOCAL, null, null, missing.toString(), StorageAuth.NONE, null, null, null),
                "Connection 'here': the folder " + missing + " does not exist.");
    }
}
