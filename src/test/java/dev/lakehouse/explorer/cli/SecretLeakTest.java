package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.logging.LogLine;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.engine.sql.QueryHistory;
import dev.lakehouse.explorer.engine.sql.QueryRecord;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import dev.lakehouse.explorer.testing.Azurite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static dev.lakehouse.explorer.cli.ConnectionsCliTest.cli;
import static dev.lakehouse.explorer.cli.ConnectionsCliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secret used every way the app allows — stored from standard input, referenced by a connection that is tested and
 * browsed, selected, raised in an error, exported with connections — then searched for, with its Base64 and
 * URL-encoded forms, in everything printed, the log feed, the query history and every file of the workspace.
 */
class SecretLeakTest {

    @Test
    void aSecretIsFoundNowhereAfterAFullFlow(@TempDir Path tmp) throws IOException {
        String secret = "lx+" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12)) + "/k=";
        List<String> printed = new ArrayList<>();
        printed.add(cli("secrets", "scope", "create", "leak-check", "--local").err());
        record(printed, withInput(secret + "\n", "secrets", "put", "leak-check", "value"));
        record(printed, cli("connections", "add", "leak-azurite", "--type", "azurite", "--container", "leak-check",
                "--endpoint", Azurite.shared().endpoint(), "--secret", "{{secrets/leak-check/value}}"));
        record(printed, cli("connections", "test", "leak-azurite", "--format", "json"));
        record(printed, cli("storage", "ls", "wasb://leak-check@devstoreaccount1.localhost:" + Azurite.shared().port() + "/"));
        record(printed, cli("sql", "SELECT secret('leak-check', 'value') AS v, length(secret('leak-check', 'value')) AS n"));
        record(printed, cli("sql", "SELECT raise_error(concat('boom ', secret('leak-check', 'value')))"));
        record(printed, cli("--verbose", "sql", "SELECT raise_error(secret('leak-check', 'value'))"));
        record(printed, cli("sql", "SET", "--format", "json"));
        record(printed, cli("connections", "export", tmp.resolve("class.json").toString()));
        record(printed, cli("secrets", "list", "leak-check", "--format", "json"));
        var engine = SharedEngine.get();
        Path ws = engine.info().workspace();
        // what the SQL panel writes: the query history masks through the same redactor
        new QueryHistory(new Workspace(ws).queryHistory(), engine.redactor())
                .append(QueryRecord.failed("SELECT raise_error(secret('leak-check', 'value')) -- " + secret,
                        java.time.Instant.now(), 3, "boom " + secret));

        assertThat(String.join("\n", printed)).contains("[REDACTED]").contains("boom");
        List<String> forms = List.of(secret, Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)),
                java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8));
        for (String form : forms) {
            assertThat(String.join("\n", printed)).doesNotContain(form);
            assertThat(engine.logs().recent()).extracting(LogLine::message).noneMatch(m -> m.contains(form));
            assertThat(Files.readString(tmp.resolve("class.json"))).doesNotContain(form);
            assertNoFileHolds(ws, form);
        }
    }

    private static void record(List<String> printed, ConnectionsCliTest.Outcome o) {
        printed.add(o.out());
        printed.add(o.err());
    }

    private static void assertNoFileHolds(Path root, String form) throws IOException {
        byte[] needle = form.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                assertThat(indexOf(bytes, needle)).as("%s holds the secret", f).isEqualTo(-1);
            }
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
