package dev.lakehouse.explorer.engine.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The files in the repository's sample-data/ are exactly what the generator makes with its defaults. */
class SampleShippedDataTest {
    private static final Path SHIPPED = Path.of("sample-data");
    private static final String HOW_TO_FIX = "sample-data/ is out of date: regenerate it with "
            + "`java -jar target/lakehouse-explorer.jar sample generate --out sample-data` (default rows and seed)";

    @TempDir
    Path fresh;

    @Test
    void shippedFilesEqualTheDefaultOutput() throws IOException {
        SampleGenerator.generate(fresh, SampleGenerator.DEFAULT_ROWS, SampleGenerator.DEFAULT_SEED);

        assertThat(dataFiles(SHIPPED)).as(HOW_TO_FIX).isEqualTo(dataFiles(fresh));
        for (Path name : dataFiles(fresh)) {
            assertThat(Files.readAllBytes(SHIPPED.resolve(name))).as(HOW_TO_FIX + " (" + name + ")")
                    .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
        }
    }

    @Test
    void everyDatasetFolderHasAReadme() {
        assertThat(SHIPPED.resolve("README.md")).isRegularFile();
        for (SampleDataset dataset : SampleDataset.values()) {
            assertThat(dataset.folder(SHIPPED).resolve("README.md")).isRegularFile();
        }
    }

    /** Every file but the hand-written READMEs, relative to {@code root}, sorted. */
    static List<Path> dataFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
                    .map(root::relativize).sorted().toList();
        }
    }
}
