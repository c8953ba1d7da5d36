package dev.lakehouse.explorer.engine.azure;

import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static dev.lakehouse.explorer.engine.azure.AzuriteFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A wide folder: every folder listed, only the first {@value AzureListing#DELTA_CHECK_LIMIT} checked for a Delta log. */
class AzureListingTest {

    @Test
    void theDeltaCheckStopsAtTheCapButEveryFolderIsListed() {
        BlobContainerClient container = createdContainer();
        int folders = AzureListing.DELTA_CHECK_LIMIT + 5;
        IntStream.range(0, folders).parallel().forEach(i -> put(container, String.format("wide/t%04d/part-0.parquet", i)));
        put(container, "wide/t0000/_delta_log/00000000000000000000.json");
        put(container, String.format("wide/t%04d/_delta_log/00000000000000000000.json", folders - 1));

        List<StorageEntry> entries = new AzureStorageAccess(HTTP)
                .list(keyConnection(container.getBlobContainerName()), azurite().accountKey(), "wide");

        assertThat(entries).hasSize(folders).allSatisfy(e -> assertThat(e.isDirectory()).isTrue());
        assertThat(entries.get(0)).satisfies(first -> {
            assertThat(first.path()).isEqualTo("wide/t0000");
            assertThat(first.isDeltaTable()).isTrue();
        });
        // Past the cap a table is not looked for: listing stays one request per checked folder, not per child.
        assertThat(entries.get(folders - 1).isDeltaTable()).isFalse();
        assertThat(entries.stream().filter(StorageEntry::isDeltaTable)).hasSize(1);
    }

    private static void put(BlobContainerClient container, String name) {
        container.getBlobClient(name).upload(BinaryData.fromString("x"), true);
    }
}
