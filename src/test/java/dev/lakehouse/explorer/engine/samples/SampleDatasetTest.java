package dev.lakehouse.explorer.engine.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDatasetTest {
    @TempDir
    Path dir;

    @Test
    void everyDatasetFolderHoldsGeneratedFilesOfItsFormat() throws Exception {
        SampleGenerator.generate(dir, 20, 1);

        for (SampleDataset dataset : SampleDataset.values()) {
            try (var files = Files.list(dataset.folder(dir))) {
                assertThat(files.toList()).as(dataset.name()).isNotEmpty()
                        .allMatch(f -> f.toString().endsWith(dataset.format().equals("json") ? ".jsonl" : ".csv"));
            }
        }
    }

    @Test
    void loadsIntoBronzeRawOnlyWhereCleaningIsTheLesson() {
        assertThat(SampleDataset.values()).allMatch(d -> d.bronzeTable().startsWith("bronze."));
        assertThat(SampleDataset.values()).filteredOn(SampleDataset::raw)
                .containsExactly(SampleDataset.ORDERS, SampleDataset.ORDER_CHANGES);
        assertThat(SampleDataset.ORDER_CHANGES.format()).isEqualTo("json");
        assertThat(SampleDataset.HOUSES.bronzeTable()).isEqualTo("bronze.houses");
    }
}
