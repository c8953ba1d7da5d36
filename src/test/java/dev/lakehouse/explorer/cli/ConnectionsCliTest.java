package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.testing.Azurite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop's secrets-and-storage exercise through the real entry point, against Azurite and a local scope: the
 * key goes in on standard input, the connection references it, and nothing printed ever holds it.
 */
class ConnectionsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PRINTED = new ArrayList<>();
    private static String root;

    record Outcome(int code, String out, String err) {
    }

    static Outcome withInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                opts -> SharedEngine.unclosable(), opts -> { throw new AssertionError("no GUI in tests"); });
        Outcome o = new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        PRINTED.add(o.out() + o.err());
        return o;
    }

    static Outcome cli(String... args) {
        return withInput("", args);
    }

    @BeforeAll
    static void storeTheKeyAndConnect() throws IOException {
        Azurite azurite = Azurite.shared();
        assertThat(cli("secrets", "scope", "create", "cli-class", "--local").code()).isZero();
        Outcome put = withInput(azurite.accountKey() + "\n", "secrets", "put", "cli-class", "storage-key");
        assertThat(put.code()).as(put.err()).isZero();
        Outcome add = cli("connections", "add", "cli-azurite", "--type", "azurite", "--container", "cli-lake",
                "--endpoint", azurite.endpoint(), "--auth", "key", "--secret", "{{secrets/cli-class/storage-key}}");
        assertThat(add.code()).as(add.err()).isZero();
        JsonNode list = JSON.readTree(cli("connections", "list", "--format", "json").out());
        for (JsonNode c : list) {
            if (c.get("name").asText().equals("cli-azurite")) {
                root = c.get("uri").asText();
            }
        }
    }

    @Test
    void listShowsTheRootUriAndTheReferenceNeverTheKey() throws IOException {
        assertThat(root).isEqualTo("wasb://cli-lake@devstoreaccount1.localhost:" + Azurite.shared().port() + "/");
        JsonNode list = JSON.readTree(cli("connections", "list", "--format", "json").out());
        JsonNode c = find(list, "cli-azurite");
        assertThat(c.get("type").asText()).isEqualTo("azurite");
        assertThat(c.get("auth").asText()).isEqualTo("key");
        assertThat(c.get("secret").asText()).isEqualTo("{{secrets/cli-class/storage-key}}");
        assertThat(JSON.readTree(cli("secrets", "list", "cli-class", "--format", "json").out()).get(0).get("key").asText())
                .isEqualTo("storage-key");
    }

    @Test
    void testReportsAMissingContainerThenUploadCreatesItAndLsAndDownloadWork(@TempDir Path tmp) throws IOException {
        Outcome before = cli("connections", "test", "cli-azurite", "--format", "json");
        assertThat(before.code()).isEqualTo(1);
        JsonNode report = JSON.readTree(before.out());
        assertThat(report.get("ok").asBoolean()).isFalse();
        JsonNode last = report.get("checks").get(report.get("checks").size() - 1);
        assertThat(last.get("check").asText()).isEqualTo("container");
        assertThat(last.get("message").asText()).contains("cli-lake").contains("does not exist");

        Path folder = Files.createDirectories(tmp.resolve("landing zone/données"));
        Files.writeString(folder.resolve("é 1.csv"), "id,city\n1,Oslo\n");
        Outcome up = cli("storage", "upload", tmp.resolve("landing zone").toString(), root + "raw/");
        assertThat(up.code()).as(up.err()).isZero();

        Outcome after = cli("connections", "test", "cli-azurite", "--format", "json");
        assertThat(JSON.readTree(after.out()).get("ok").asBoolean()).as(after.out()).isTrue();
        assertThat(after.code()).isZero();

        JsonNode ls = JSON.readTree(cli("storage", "ls", root + "raw/données/", "--format", "json").out());
        assertThat(ls).hasSize(1);
        assertThat(ls.get(0).get("name").asText()).isEqualTo("é 1.csv");
        assertThat(ls.get(0).get("size").asLong()).isEqualTo(15);
        assertThat(ls.get(0).get("isDirectory").asBoolean()).isFalse();
        assertThat(ls.get(0).get("isDeltaTable").asBoolean()).isFalse();

        Outcome down = cli("storage", "download", ls.get(0).get("path").asText(), tmp.resolve("back.csv").toString());
        assertThat(down.code()).as(down.err()).isZero();
        assertThat(Files.readString(tmp.resolve("back.csv"))).isEqualTo("id,city\n1,Oslo\n");
    }

    @Test
    void aWrongKeyIsDiagnosedWithoutShowingEitherKey() throws IOException {
        withInput("c2hvcnQgYnV0IHdyb25nIGtleSBmb3IgYXp1cml0ZQ==\n", "secrets", "put", "cli-class", "wrong-key");
        cli("connections", "add", "cli-wrong", "--type", "azurite", "--container", "cli-lake", "--endpoint",
                Azurite.shared().endpoint(), "--secret", "{{secrets/cli-class/wrong-key}}");
        Outcome test = cli("connections", "test", "cli-wrong", "--format", "json");
        assertThat(test.code()).isEqualTo(1);
        JsonNode checks = JSON.readTree(test.out()).get("checks");
        assertThat(checks.get(checks.size() - 1).get("check").asText()).isEqualTo("credential");
        assertThat(test.out()).doesNotContain("c2hvcnQgYnV0IHdyb25nIGtleSBmb3IgYXp1cml0ZQ==")
                .doesNotContain(Azurite.shared().accountKey());
    }

    @Test
    void badInputGetsOneLineAndExitCodeOne() {
        assertOneLine(cli("connections", "add", "cli-azurite", "--type", "azurite", "--container", "other",
                "--secret", "{{secrets/cli-class/storage-key}}"), "cli-azurite");
        Outcome plain = cli("connections", "add", "cli-plain", "--type", "blob", "--account", "acct", "--container",
                "data", "--secret", Azurite.shared().accountKey());
        assertOneLine(plain, "secret reference");
        assertThat(plain.err()).doesNotContain(Azurite.shared().accountKey().substring(0, 10));
        assertOneLine(cli("connections", "add", "cli-x", "--type", "azurite", "--container", "lake",
                "--secret", "{{secrets/no-such-scope/k}}"), "no-such-scope");
        assertOneLine(cli("secrets", "list", "no-such-scope"), "no-such-scope");
        assertOneLine(cli("sql", "SELECT secret('cli-class', 'no-such-key')"), "no-such-key");
        assertOneLine(cli("storage", "ls", "wasb://nowhere@devstoreaccount1.localhost:1/"), "No saved connection");
        assertOneLine(cli("secrets", "put", "cli-class", "empty"), "standard input");
        assertOneLine(cli("connections", "add", "cli-t", "--type", "floppy"), "--type");
        assertThat(cli("connections", "list").out()).doesNotContain("cli-plain").doesNotContain("cli-x");
    }

    @Test
    void aKeyVaultScopeThatCannotSignInSaysHowInOneLine() {
        assertThat(cli("secrets", "scope", "create", "cli-vault", "--key-vault", "https://cli-vault.vault.azure.net",
                "--auth", "service-principal", "--tenant", "t", "--client-id", "c", "--client-secret-env",
                "LX_NO_SUCH_VARIABLE").code()).isZero();
        assertOneLine(cli("secrets", "list", "cli-vault"), "LX_NO_SUCH_VARIABLE");
        assertOneLine(cli("secrets", "scope", "create", "cli-http", "--key-vault", "http://cli-vault.vault.azure.net"),
                "https");
        assertOneLine(cli("secrets", "scope", "create", "cli-auth", "--key-vault", "https://v.vault.azure.net",
                "--auth", "magic"), "--auth");
        assertThat(cli("secrets", "scope", "delete", "cli-vault").code()).isZero();
    }

    @Test
    void theSecretFunctionPrintsRedactedAndTheKeyIsPrintedNowhere() {
        Outcome o = cli("sql", "SELECT secret('cli-class', 'storage-key') AS k", "--format", "csv");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).isEqualTo("k\r\n[REDACTED]\r\n");
        String key = Azurite.shared().accountKey();
        String encoded = java.net.URLEncoder.encode(key, StandardCharsets.UTF_8);
        String base64 = java.util.Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
        for (String printed : PRINTED) {
            assertThat(printed).doesNotContain(key).doesNotContain(encoded).doesNotContain(base64);
        }
    }

    private static void assertOneLine(Outcome o, String mentions) {
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(1);
        assertThat(o.err().strip().lines().count()).as(o.err()).isEqualTo(1);
        assertThat(o.err()).containsIgnoringCase(mentions).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode c : list) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no connection " + name + " in " + list);
    }
}
