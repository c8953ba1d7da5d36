package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LocalStorageAccess on its own and through Storage, with a path holding a space and non-ASCII letters. */
class LocalStorageTest {
    private static final String CSV = "id,name\n1,é\n";
    @TempDir
    Path dir;
    private Path folder;
    private Connection here;
    private final LocalStorageAccess access = new LocalStorageAccess();

    @BeforeEach
    void setUp() throws Exception {
        folder = Files.createDirectories(dir.resolve("lake"));
        here = new Connection("here", ConnectionType.LOCAL, null, null, folder.toString(), StorageAuth.NONE, null, null, null);
    }

    @Test
    void listShowsFoldersFirstThenFilesAndMarksDeltaTables() throws Exception {
        Files.createDirectories(folder.resolve("données 2026"));
        Files.writeString(folder.resolve("données 2026/é.csv"), CSV);
        Files.createDirectories(folder.resolve("orders/_delta_log"));
        Files.writeString(folder.resolve("a.txt"), "x");

        List<StorageEntry> root = access.list(here, null, "");
        assertThat(root).extracting(StorageEntry::name).containsExactly("données 2026", "orders", "a.txt");
        assertThat(root).extracting(StorageEntry::isDeltaTable).containsExactly(false, true, false);
        List<StorageEntry> inner = access.list(here, null, "données 2026");
        assertThat(inner).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("données 2026/é.csv");
            assertThat(e.size()).isEqualTo(CSV.getBytes(StandardCharsets.UTF_8).length);
            assertThat(e.isDirectory()).isFalse();
        });
        assertThatThrownBy(() -> access.list(here, null, "../..")).isInstanceOf(StorageException.class)
                .hasMessage("'../..' lies outside connection 'here'.");
    }

    @Test
    void uploadAFileAndAFolderThenDownload() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/données 2026"));
        Files.writeString(src.resolve("é.csv"), CSV);
        Files.createDirectories(src.resolve("sub"));
        Files.writeString(src.resolve("sub/b.csv"), "b");

        assertThat(access.upload(here, null, src.resolve("é.csv"), "one", TransferControl.none())).isEqualTo(Files.size(src.resolve("é.csv")));
        assertThat(folder.resolve("one/é.csv")).hasContent(CSV);
        access.upload(here, null, src, "données 2026", TransferControl.none());
        assertThat(folder.resolve("données 2026/é.csv")).hasContent(CSV);
        assertThat(folder.resolve("données 2026/sub/b.csv")).hasContent("b");

        Path out = Files.createDirectories(dir.resolve("out"));
        access.download(here, null, "données 2026/é.csv", out, TransferControl.none());
        assertThat(out.resolve("é.csv")).hasContent(CSV);
        assertThatThrownBy(() -> access.download(here, null, "nope.csv", out, TransferControl.none()))
                .hasMessage("No file 'nope.csv' in connection 'here'.");
    }

    @Test
    void aCancelledUploadRemovesItsPartialFileAndKeepsAnOlderOne() throws Exception {
        Path big = dir.resolve("big é.bin");
        Files.write(big, new byte[3 * Transfers.CHUNK + 5]);
        Files.createDirectories(folder.resolve("dst"));
        Files.writeString(folder.resolve("dst/big é.bin"), "older");
        List<Long> seen = new ArrayList<>();
        TransferControl cancelAfterOneChunk = new TransferControl() {
            public void progress(long done, long total, String current) {
                seen.add(done);
                assertThat(total).isEqualTo(3L * Transfers.CHUNK + 5);
            }

            public boolean cancelled() {
                return !seen.isEmpty();
            }
        };
        assertThatThrownBy(() -> access.upload(here, null, big, "dst", cancelAfterOneChunk))
                .isInstanceOf(JobCancelledException.class).hasMessageContaining("partial file big é.bin was removed");
        assertThat(seen).containsExactly((long) Transfers.CHUNK);
        assertThat(folder.resolve("dst/big é.bin")).hasContent("older");
        try (Stream<Path> files = Files.list(folder.resolve("dst"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void diagnoseChecksTheFolderListingAndWriting() {
        assertThat(access.diagnose(here, null)).extracting(ConnectionCheck::check, ConnectionCheck::ok)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("folder", true),
                        org.assertj.core.groups.Tuple.tuple("list", true), org.assertj.core.groups.Tuple.tuple("write", true));
        var gone = new Connection("gone", ConnectionType.LOCAL, null, null, dir.resolve("gone").toString(), StorageAuth.NONE, null, null, null);
        assertThat(access.diagnose(gone, null)).singleElement().satisfies(c -> assertThat(c.ok()).isFalse());
        assertThat(folder.toFile().list()).isEmpty(); // the probe was deleted
    }

    @Test
    void theStorageBrowserMapsUrisToConnectionsAndBack() throws Exception {
        Workspace ws = Workspace.prepare(dir.resolve("ws"));
        var secrets = new FakeSecrets();
        var connections = new WorkspaceConnections(ws, secrets, null, access);
        connections.add(here);
        Storage storage = new Storage(connections, secrets, null, access);

        Path src = dir.resolve("é.csv");
        Files.writeString(src, CSV);
        String uri = StorageUri.of(folder).resolve("données 2026").toString();
        List<JobProgress> progress = new ArrayList<>();
        long bytes = storage.upload(src, uri, JobContext.create("upload", progress::add));
        assertThat(bytes).isEqualTo(Files.size(src));
        assertThat(progress).last().satisfies(p -> assertThat(p.fraction()).isEqualTo(1.0));

        assertThat(storage.list(uri)).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo(uri + "/é.csv"));
        Path back = dir.resolve("back.csv");
        storage.download(uri + "/é.csv", back, JobContext.silent("download"));
        assertThat(back).hasContent(CSV);

        assertThatThrownBy(() -> storage.list("wasbs://raw@acct.blob.core.windows.net/x")).isInstanceOf(StorageException.class)
                .hasMessage("No saved connection reaches wasbs://raw@acct.blob.core.windows.net/x; add one with 'connections add' (saved: here).");
    }

    @Test
    void cancelByJobIdStopsATransfer() throws Exception {
        Workspace ws = Workspace.prepare(dir.resolve("ws"));
        var secrets = new FakeSecrets();
        var connections = new WorkspaceConnections(ws, secrets, null, access);
        connections.add(here);
        Storage storage = new Storage(connections, secrets, null, access);
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[4 * Transfers.CHUNK]);

        JobContext[] ctx = new JobContext[1];
        ctx[0] = JobContext.create("upload", p -> {
            if (p.tasksDone() > 0) {
                storage.cancel(ctx[0].id()); // as the Cancel button would, after the first chunk
            }
        });
        assertThatThrownBy(() -> storage.upload(big, StorageUri.of(folder).toString(), ctx[0]))
                .isInstanceOf(JobCancelledException.class);
        assertThat(folder.toFile().list()).isEmpty();
        storage.cancel("unknown-job"); // ignored
    }
}
