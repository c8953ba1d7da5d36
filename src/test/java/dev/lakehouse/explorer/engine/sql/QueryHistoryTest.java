package dev.lakehouse.explorer.engine.sql;

import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryHistoryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    @TempDir
    Path workspace;
    private final SecretRedactor redactor = new SecretRedactor();

    private QueryHistory history() {
        return new QueryHistory(workspace.resolve(".lakehouse/query-history.jsonl"), redactor);
    }

    private static QueryRecord ok(int i) {
        return QueryRecord.succeeded("SELECT " + i, T0.plusSeconds(i), 10 + i, (long) i, false);
    }

    @Test
    void appendsAndReadsBackNewestFirst() {
        var h = history();
        h.append(ok(1));
        h.append(QueryRecord.failed("SELEC 2", T0.plusSeconds(2), 5, "Syntax error at or near 'SELEC'"));
        h.append(QueryRecord.succeeded("SELECT * FROM range(500)", T0.plusSeconds(3), 40, 200L, true));
        h.append(QueryRecord.succeeded("CREATE SCHEMA s", T0.plusSeconds(4), 30, null, false));

        List<QueryRecord> recent = history().recent(10);

        assertThat(recent).extracting(QueryRecord::statement)
                .containsExactly("CREATE SCHEMA s", "SELECT * FROM range(500)", "SELEC 2", "SELECT 1");
        assertThat(recent.get(0).rowCount()).isNull();
        assertThat(recent.get(1)).isEqualTo(QueryRecord.succeeded("SELECT * FROM range(500)", T0.plusSeconds(3), 40, 200L, true));
        assertThat(recent.get(2).success()).isFalse();
        assertThat(recent.get(2).error()).isEqualTo("Syntax error at or near 'SELEC'");
        assertThat(recent.get(3)).isEqualTo(ok(1));
    }

    @Test
    void aMultiLineStatementStaysOneLineOfTheFile() throws Exception {
        var h = history();
        h.append(QueryRecord.succeeded("SELECT 1;\nSELECT 'a\"b' -- é ✓", T0, 1, 1L, false));

        assertThat(Files.readAllLines(h.file())).hasSize(1);
        assertThat(h.recent(1).get(0).statement()).isEqualTo("SELECT 1;\nSELECT 'a\"b' -- é ✓");
    }

    @Test
    void aMissingFileIsAnEmptyHistory() {
        assertThat(history().recent(10)).isEmpty();
    }

    @Test
    void readsOnlyAsManyAsAskedFromTheEndOfALargeFile() {
        var h = history();
        // long statements, so that the newest few span several read chunks and the rest is never needed
        String padding = "x".repeat(20_000);
        IntStream.range(0, 300).forEach(i -> h.append(QueryRecord.succeeded("SELECT " + i + " -- " + padding,
                T0.plusSeconds(i), i, 1L, false)));

        List<QueryRecord> recent = h.recent(7);

        assertThat(recent).extracting(r -> r.statement().substring(0, 10))
                .containsExactly("SELECT 299", "SELECT 298", "SELECT 297", "SELECT 296", "SELECT 295", "SELECT 294",
                        "SELECT 293");
        assertThat(h.recent(1000)).hasSize(300).last().extracting(QueryRecord::elapsedMillis).isEqualTo(0L);
    }

    @Test
    void skipsACorruptLineAndALineCutShortByACrash() throws Exception {
        var h = history();
        h.append(ok(1));
        Files.writeString(h.file(), "this is not json\n{\"statement\":42}\n", StandardOpenOption.APPEND);
        h.append(ok(2));
        Files.writeString(h.file(), "{\"statement\":\"SELECT 3\",\"startedAt\":\"2026-03-01T1", StandardOpenOption.APPEND);

        assertThat(h.recent(10)).containsExactly(ok(2), ok(1));
    }

    @Test
    void aLineAfterACutShortOneIsReadAgain() throws Exception {
        var h = history();
        Files.createDirectories(h.file().getParent());
        Files.writeString(h.file(), "{\"statement\":\"SELECT 3\",\"startedAt\":\"2026", StandardCharsets.UTF_8);
        Files.writeString(h.file(), "\n", StandardOpenOption.APPEND); // what a crash then a restart leave
        h.append(ok(4));

        assertThat(h.recent(10)).containsExactly(ok(4));
    }

    @Test
    void registeredSecretsNeverReachTheFile() throws Exception {
        redactor.register("s3cr3t-K3y-value");
        var h = history();

        QueryRecord stored = h.append(QueryRecord.failed("SELECT * FROM t WHERE key = 's3cr3t-K3y-value'", T0, 3,
                "No match for s3cr3t-K3y-value"));

        String file = Files.readString(h.file());
        assertThat(file).doesNotContain("s3cr3t-K3y-value").contains("[REDACTED]");
        assertThat(stored.statement()).isEqualTo("SELECT * FROM t WHERE key = '[REDACTED]'");
        assertThat(stored.error()).isEqualTo("No match for [REDACTED]");
    }

    @Test
    void optionsNamedLikeSecretsAreMaskedEvenWhenNotRegistered() throws Exception {
        var h = history();

        h.append(ok(0).withTexts("SET fs.azure.account.key.acct.dfs.core.windows.net=AbC+dEf/123==;\n"
                + "CREATE TABLE j USING jdbc OPTIONS (url 'jdbc:pg://h/db', user 'ann', password 'hunter2')", null));

        String stored = h.recent(1).get(0).statement();
        assertThat(Files.readString(h.file())).doesNotContain("AbC+dEf/123==").doesNotContain("hunter2");
        assertThat(stored).isEqualTo("SET fs.azure.account.key.acct.dfs.core.windows.net=[REDACTED];\n"
                + "CREATE TABLE j USING jdbc OPTIONS (url 'jdbc:pg://h/db', user 'ann', password '[REDACTED]')");
    }

    @Test
    void aVeryLongStatementIsCut() {
        var h = history();

        h.append(ok(0).withTexts("SELECT '" + "y".repeat(QueryHistory.MAX_STATEMENT_CHARS) + "'", null));

        assertThat(h.recent(1).get(0).statement()).hasSizeLessThan(QueryHistory.MAX_STATEMENT_CHARS + 100)
                .endsWith("-- (cut: the statement was longer than the history keeps)");
    }

    @Test
    void theFileIsForItsOwnerOnly() throws Exception {
        var h = history();
        h.append(ok(1));

        if (h.file().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(h.file()))).isEqualTo("rw-------");
        }
    }

    @Test
    void doesNotCreateAMissingWorkspace() {
        var h = new QueryHistory(workspace.resolve("no-such-workspace/.lakehouse/query-history.jsonl"), redactor);

        assertThatThrownBy(() -> h.append(ok(1))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot write the query history");
        assertThat(workspace.resolve("no-such-workspace")).doesNotExist();
    }
}
