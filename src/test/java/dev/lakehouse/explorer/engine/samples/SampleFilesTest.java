package dev.lakehouse.explorer.engine.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleFilesTest {
    @TempDir
    Path dir;

    @Test
    void extractsTheShippedFilesFromTheClasspath() throws IOException {
        List<Path> written = SampleFiles.extractTo(dir);

        List<Path> shipped = SampleShippedDataTest.dataFiles(Path.of("sample-data")).stream()
                .filter(p -> !p.toString().equals(SampleGenerator.INDEX)).toList();
        assertThat(written.stream().map(dir::relativize).sorted().toList()).isEqualTo(shipped);
        for (Path name : shipped) {
            assertThat(Files.readAllBytes(dir.resolve(name))).as(name.toString())
                    .isEqualTo(Files.readAllBytes(Path.of("sample-data").resolve(name)));
        }
        assertThat(dir.resolve("houses/README.md")).doesNotExist();
    }

    @Test
    void overwritesFilesAlreadyThere() throws IOException {
        Path houses = dir.resolve("houses/houses.csv");
        Files.createDirectories(houses.getParent());
        Files.writeString(houses, "stale");

        SampleFiles.extractTo(dir);

        assertThat(Files.readString(houses)).startsWith("house_id,");
    }

    @Test
    void saysSoWhenTheIndexIsMissing() {
        assertThatThrownBy(() -> SampleFiles.extractTo(dir, "/no-such-samples/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/no-such-samples/files.txt").hasMessageContaining("rebuild");
    }
}
