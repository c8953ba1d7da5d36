package dev.lakehouse.explorer.engine.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** History, readability and timestamps, on hand-written tables and damaged copies of corpus tables. */
class KernelHistoryTest {
    private static final KernelTableReader READER = new KernelTableReader();

    @TempDir
    Path dir;

    @Test
    void historyIsNewestFirstWithEveryCommitReadable() {
        TableRef t = HandWrittenTable.create(dir.resolve("t"), 60);
        List<TableVersion> history = READER.history(t);
        assertThat(history).hasSize(60);
        assertThat(history.get(0).version()).isEqualTo(59);
        assertThat(history.get(59).operation()).isEqualTo("CREATE TABLE");
        assertThat(history).allMatch(TableVersion::readable);
        assertThat(history.get(0).timestamp()).isEqualTo(Instant.ofEpochMilli(60_000));
        assertThat(history.get(0).operationParameters()).containsEntry("mode", "Append");
        assertThat(READER.rowCount(t, null)).isEqualTo(HandWrittenTable.rowsAtVersion(59));
        assertThat(READER.rowCount(t, 7L)).isEqualTo(HandWrittenTable.rowsAtVersion(7));
    }

    @Test
    void vacuumedFilesMakeTheVersionsThatHadThemUnreadable() throws IOException {
        TableRef t = HandWrittenTable.create(dir.resolve("t"), 12);
        // VACUUM deletes files removed from the table: those of versions 0 and 5 (removed by 5 and 10).
        Files.delete(t.location().resolve(HandWrittenTable.dataFile(0)));
        Files.delete(t.location().resolve(HandWrittenTable.dataFile(5)));

        List<TableVersion> history = READER.history(t);
        assertThat(history).filteredOn(v -> v.version() <= 9)
                .allSatisfy(v -> assertThat(v.notReadableReason()).isEqualTo("data files removed by VACUUM"));
        assertThat(history).filteredOn(v -> v.version() >= 10).allMatch(TableVersion::readable);
        assertThatThrownBy(() -> READER.firstRows(t, 7L, 10)).isInstanceOf(TableReadException.class)
                .hasMessage("Version 7 of " + t + " cannot be read: one of its data files was removed by VACUUM;"
                        + " versions 10–11 can be read");
        assertThat(READER.rowCount(t, 10L)).isEqualTo(HandWrittenTable.rowsAtVersion(10));
    }

    @Test
    void timestampsComeFromInCommitTimestampsThenCommitInfoThenTheFile() throws IOException {
        TableRef t = HandWrittenTable.create(dir.resolve("t"), 3, v -> {
            ObjectNode info = HandWrittenTable.commitInfo("WRITE");
            if (v == 0) {
                info.put("timestamp", 5_000).put("inCommitTimestamp", 7_000);
            } else if (v == 1) {
                info.put("timestamp", 8_000);
            }
            return v == 2 ? null : info; // version 2 has no commitInfo at all
        });
        Instant fileTime = Instant.parse("2024-05-01T10:00:00.123Z");
        Files.setLastModifiedTime(Corpus.commitFile(t, 2), FileTime.from(fileTime));

        List<TableVersion> history = READER.history(t);
        assertThat(history).extracting(TableVersion::timestamp)
                .containsExactly(fileTime, Instant.ofEpochMilli(8_000), Instant.ofEpochMilli(7_000));
        assertThat(history.get(0).operation()).isEqualTo("UNKNOWN");
        assertThat(READER.detail(t, 1L).lastModified()).isEqualTo(Instant.ofEpochMilli(8_000));
    }

    @Test
    void versionAtFindsTheLatestCommitAtOrBeforeATime() throws IOException {
        TableRef t = HandWrittenTable.create(dir.resolve("t"), 4); // committed at 1 s, 2 s, 3 s, 4 s
        assertThat(READER.versionAt(t, Instant.ofEpochMilli(2_000))).isEqualTo(1L);
        assertThat(READER.versionAt(t, Instant.ofEpochMilli(2_999))).isEqualTo(1L);
        assertThat(READER.versionAt(t, Instant.parse("2100-01-01T00:00:00Z"))).isEqualTo(3L);
        assertThatThrownBy(() -> READER.versionAt(t, Instant.ofEpochMilli(999))).isInstanceOf(TableReadException.class)
                .hasMessageContaining("No version of " + t + " was committed at or before 1970-01-01T00:00:00.999Z")
                .hasMessageContaining("oldest kept version 0");
    }

    @Test
    void versionAtTreatsAClockGoingBackwardsAsOneMillisecondLater() {
        long[] times = {1_000, 5_000, 3_000, 6_000}; // version 2's writer clock was behind
        TableRef t = HandWrittenTable.create(dir.resolve("t"), 4,
                v -> HandWrittenTable.commitInfo("WRITE").put("timestamp", times[(int) v]));
        assertThat(READER.versionAt(t, Instant.ofEpochMilli(4_000))).isEqualTo(0L);
        assertThat(READER.versionAt(t, Instant.ofEpochMilli(5_000))).isEqualTo(1L);
        assertThat(READER.versionAt(t, Instant.ofEpochMilli(5_001))).isEqualTo(2L);
    }

    @Test
    void aPartlyCleanedLogListsItsOlderCommitsAsUnreadable() throws IOException {
        TableRef t = Corpus.copy("basic-with-inserts-deletes-checkpoint", dir.resolve("t"));
        for (long v = 0; v <= 3; v++) {
            Files.delete(Corpus.commitFile(t, v));
        }
        List<TableVersion> history = READER.history(t);
        assertThat(history).extracting(TableVersion::version).containsExactly(13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L);
        assertThat(history).filteredOn(v -> v.version() < 10)
                .allSatisfy(v -> assertThat(v.notReadableReason()).isEqualTo("log cleaned up (before the oldest checkpoint)"));
        assertThatThrownBy(() -> READER.firstRows(t, 5L, 10)).isInstanceOf(TableReadException.class)
                .hasMessage("Version 5 of " + t + " cannot be read: its log was cleaned up; versions 10–13 can be read");
    }

    @Test
    void aMissingCommitBreaksTheVersionsAfterItUntilTheNextCheckpoint() throws IOException {
        TableRef t = Corpus.copy("basic-with-inserts-deletes-checkpoint", dir.resolve("t"));
        Files.delete(Corpus.commitFile(t, 12));
        assertThat(READER.latestVersion(t)).isEqualTo(13);
        assertThat(READER.history(t).get(0)).satisfies(v -> {
            assertThat(v.version()).isEqualTo(13);
            assertThat(v.notReadableReason()).isEqualTo("log file of version 12 is missing");
        });
        assertThatThrownBy(() -> READER.schema(t, null)).isInstanceOf(TableReadException.class)
                .hasMessage("Version 13 of " + t + " cannot be read: the log file of version 12 is missing");
        assertThat(READER.rowCount(t, 11L)).isEqualTo(45);
    }

    @Test
    void aDamagedCommitFileIsNamedAndTheVersionsBeforeItStillRead() throws IOException {
        TableRef t = Corpus.copy("basic-with-inserts-deletes-checkpoint", dir.resolve("t"));
        Files.writeString(Corpus.commitFile(t, 13), "{\"commitInfo\": {not json\n");
        assertThat(READER.history(t).get(0).notReadableReason()).isEqualTo("log file of version 13 is damaged");
        assertThatThrownBy(() -> READER.firstRows(t, null, 10)).isInstanceOf(TableReadException.class)
                .hasMessageContaining("damaged").message().doesNotContain("\n");
        assertThat(READER.rowCount(t, 12L)).isEqualTo(55);
    }

    @Test
    void operationParametersThatAreNotStringsComeAsJsonText() {
        List<TableVersion> history = READER.history(Corpus.table("commit-info-containing-arbitrary-operationParams-types"));
        assertThat(history.get(0).operationParameters()).containsEntry("auto", "false")
                .containsEntry("zOrderBy", "[\"id\"]");
        assertThat(history.get(2).operationParameters()).containsEntry("description", "null");
        assertThat(history.get(2).operationMetrics()).containsEntry("numOutputRows", "1");
        assertThat(history.get(2).engineInfo()).startsWith("Apache-Spark/3.5.3");
    }
}
