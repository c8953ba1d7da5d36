package dev.lakehouse.explorer.engine.azure;

import com.azure.storage.blob.models.BlobItem;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.engine.connections.TransferControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.lakehouse.explorer.engine.azure.AzuriteFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upload, list and download against a real Azurite, with names that need encoding and transfers that are cancelled. */
class AzureTransferTest {
    private static final int MIB = 1024 * 1024;
    private final AzureStorageAccess access = new AzureStorageAccess(HTTP);
    private final String key = azurite().accountKey();

    @TempDir
    Path temp;

    @Test
    void aFolderGoesUpListsFoldersFirstWithDeltaTablesMarkedAndComesBackByteForByte() throws IOException {
        Path folder = sampleFolder();
        String container = newContainerName();
        var connection = keyConnection(container);

        long written = access.upload(connection, key, folder, "", TransferControl.none());

        assertThat(written).isEqualTo(4 + 6 + 7 + 11 + 2 * MIB + 3);
        List<StorageEntry> root = access.list(connection, key, "");
        assertThat(root).extracting(StorageEntry::name).containsExactly("données 2026", "raw", "sales", "readme.txt");
        assertThat(root).extracting(StorageEntry::isDirectory).containsExactly(true, true, true, false);
        assertThat(root).extracting(StorageEntry::isDeltaTable).containsExactly(false, false, true, false);
        assertThat(root.get(3)).satisfies(f -> {
            assertThat(f.path()).isEqualTo("readme.txt");
            assertThat(f.size()).isEqualTo(4);
            assertThat(f.modified()).isNotNull();
        });
        List<StorageEntry> accents = access.list(connection, key, "données 2026/");
        assertThat(accents).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("données 2026/é.csv");
            assertThat(f.size()).isEqualTo(6); // "é" is two bytes in UTF-8
        });
        assertThat(access.list(connection, key, "/raw")).extracting(StorageEntry::path, StorageEntry::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("raw/big.bin", (long) 2 * MIB + 3));

        Path back = temp.resolve("back");
        Files.createDirectories(back);
        long read = access.download(connection, key, "données 2026/é.csv", back, TransferControl.none());
        assertThat(read).isEqualTo(6);
        assertThat(back.resolve("é.csv")).hasSameBinaryContentAs(folder.resolve("données 2026/é.csv"));
        Path big = back.resolve("copy.bin");
        access.download(connection, key, "raw/big.bin", big, TransferControl.none());
        assertThat(big).hasSameBinaryContentAs(folder.resolve("raw/big.bin"));
        assertThat(back.toFile().list()).containsExactlyInAnyOrder("é.csv", "copy.bin");
    }

    @Test
    void aFileGoesUnderAFolderPathOrToAnExactNameAndCreatesTheContainer() throws IOException {
        Path file = Files.writeString(temp.resolve("orders 1.csv"), "id\n1\n");
        String container = newContainerName();
        assertThat(direct(container).exists()).isFalse();

        access.upload(keyConnection(container), key, file, "landing/", TransferControl.none());
        access.upload(keyConnection(container), key, file, "renamed/o.csv", TransferControl.none());

        assertThat(direct(container).listBlobs().stream().map(BlobItem::getName))
                .containsExactlyInAnyOrder("landing/orders 1.csv", "renamed/o.csv");
    }

    @Test
    void aContainerSasUploadsAndListsInItsOwnContainer() throws IOException {
        String container = createdContainer().getBlobContainerName();
        String sas = sas(container, java.time.OffsetDateTime.now().plusHours(1));
        Path file = Files.writeString(temp.resolve("s.csv"), "x\n");

        access.upload(sasConnection(container), "?" + sas, file, "in/", TransferControl.none());

        assertThat(access.list(sasConnection(container), sas, "in")).extracting(StorageEntry::path)
                .containsExactly("in/s.csv");
    }

    @Test
    void aCancelledUploadThrowsAndCommitsNoBlob() throws IOException {
        Path file = randomFile(temp.resolve("large.bin"), 5 * AzureUpload.BLOCK + MIB);
        String container = newContainerName();
        var control = new CancelAfterFirstProgress();

        assertThatThrownBy(() -> access.upload(keyConnection(container), key, file, "up/", control))
                .isInstanceOf(JobCancelledException.class)
                .hasMessageContaining("'up/large.bin' was not written");

        // The first batch of blocks was staged before the cancel: it came mid-file, not before it, and stopped it.
        assertThat(control.reports).hasSize(AzureUpload.PARALLEL)
                .endsWith((long) AzureUpload.PARALLEL * AzureUpload.BLOCK);
        assertThat(direct(container).getBlobClient("up/large.bin").exists()).isFalse();
        assertThat(direct(container).listBlobs().stream()).isEmpty();
    }

    @Test
    void aCancelledDownloadLeavesNothingBehind() throws IOException {
        Path file = randomFile(temp.resolve("three.bin"), 3 * MIB);
        String container = newContainerName();
        access.upload(keyConnection(container), key, file, "", TransferControl.none());
        Path into = Files.createDirectories(temp.resolve("into"));
        var control = new CancelAfterFirstProgress();

        assertThatThrownBy(() -> access.download(keyConnection(container), key, "three.bin", into, control))
                .isInstanceOf(JobCancelledException.class);

        assertThat(control.reports).hasSize(1);
        assertThat(into.toFile().list()).isEmpty();
    }

    @Test
    void missingThingsAreNamedWithoutTheSasSignature() {
        String container = createdContainer().getBlobContainerName();
        String sas = sas(container, java.time.OffsetDateTime.now().plusHours(1));
        String signature = signatureOf(sas);

        assertThatThrownBy(() -> access.download(sasConnection(container), sas, "nope/x.csv", temp.resolve("x.csv"),
                TransferControl.none()))
                .isInstanceOf(StorageException.class)
                .hasMessage("File 'nope/x.csv' does not exist in container '" + container + "'");
        assertThatThrownBy(() -> access.list(keyConnection("missing-one"), key, ""))
                .isInstanceOf(StorageException.class)
                .hasMessage("Container 'missing-one' does not exist; 'storage upload' or a Spark write creates it");
        assertThatThrownBy(() -> access.list(sasConnection("other-container"), sas, "a/"))
                .isInstanceOf(StorageException.class)
                .hasMessage("The SAS token was refused (403 AuthorizationFailure): check the token in " + SAS_REF
                        + " (its permissions, resource and expiry)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(signature).doesNotContain(sas));
        assertThat(temp.toFile().list()).isEmpty();
    }

    private Path sampleFolder() throws IOException {
        Path root = temp.resolve("upload");
        write(root.resolve("readme.txt"), "read");
        write(root.resolve("données 2026/é.csv"), "a,b\né");
        write(root.resolve("sales/_delta_log/00000000000000000000.json"), "{\"a\":1}");
        write(root.resolve("sales/part-00000.parquet"), "not parquet");
        randomFile(root.resolve("raw/big.bin"), 2 * MIB + 3);
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path randomFile(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** Says "cancelled" from the first progress report on, and keeps what was reported. */
    private static final class CancelAfterFirstProgress implements TransferControl {
        final List<Long> reports = new ArrayList<>();

        @Override
        public void progress(long done, long total, String current) {
            reports.add(done);
        }

        @Override
        public boolean cancelled() {
            return !reports.isEmpty();
        }
    }
}
