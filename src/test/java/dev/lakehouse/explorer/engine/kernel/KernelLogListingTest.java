package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which versions a log listing can rebuild, on empty files named like a Delta log's. */
class KernelLogListingTest {
    @TempDir
    Path dir;

    @Test
    void versionsRebuildFromVersionZeroOrTheNewestCheckpointThroughContiguousCommits() throws IOException {
        log("00000000000000000000.json", "00000000000000000002.json", "00000000000000000003.json",
                "00000000000000000003.checkpoint.parquet", "00000000000000000004.json", "00000000000000000006.json");
        LogListing listing = LogListing.read(TableRef.path(dir));
        assertThat(listing.latest()).isEqualTo(6);
        assertThat(LongStream.rangeClosed(0, 6).filter(listing::canRebuild).boxed().toList())
                .containsExactly(0L, 3L, 4L);
        assertThat(listing.whyNotRebuildable(2)).isEqualTo("log file of version 1 is missing");
        assertThat(listing.whyNotRebuildable(6)).isEqualTo("log file of version 5 is missing");
        assertThatThrownBy(() -> listing.checkCanRebuild(7)).isInstanceOf(TableReadException.class)
                .hasMessageEndingWith("does not exist; available versions: 0–6");
    }

    @Test
    void aMultiPartCheckpointCountsOnlyWhole() throws IOException {
        log("00000000000000000005.checkpoint.0000000001.0000000002.parquet", "00000000000000000006.json",
                "00000000000000000008.checkpoint.0000000001.0000000002.parquet",
                "00000000000000000008.checkpoint.0000000002.0000000002.parquet");
        LogListing listing = LogListing.read(TableRef.path(dir));
        assertThat(listing.earliestReadable()).isEqualTo(8);
        assertThat(listing.canRebuild(6)).isFalse();
        assertThat(listing.whyNotRebuildable(6)).isEqualTo("log cleaned up (before the oldest checkpoint)");
        assertThat(listing.canRebuild(8)).isTrue();
    }

    @Test
    void v2CheckpointsAndCleanedLogs() throws IOException {
        log("00000000000000000010.checkpoint.80a083e8-7026-4e79-81be-64bd76c43a11.json", "00000000000000000010.json",
                "00000000000000000011.json", "_last_checkpoint", ".00000000000000000011.json.crc");
        LogListing listing = LogListing.read(TableRef.path(dir));
        assertThat(listing.earliestReadable()).isEqualTo(10);
        assertThat(listing.canRebuild(11)).isTrue();
        assertThatThrownBy(() -> listing.checkCanRebuild(3)).isInstanceOf(TableReadException.class)
                .hasMessage("Version 3 of " + dir + " cannot be read: its log was cleaned up; versions 10–11 can be read");
    }

    @Test
    void damagedCommitsCountAsMissing() throws IOException {
        log("00000000000000000000.json", "00000000000000000001.json", "00000000000000000002.json");
        LogListing listing = LogListing.read(TableRef.path(dir)).withoutCommits(Set.of(1L));
        assertThat(listing.canRebuild(0)).isTrue();
        assertThat(listing.canRebuild(2)).isFalse();
    }

    private void log(String... names) throws IOException {
        Path log = Files.createDirectories(dir.resolve("_delta_log"));
        for (String name : List.of(names)) {
            Files.createFile(log.resolve(name));
        }
    }
}
