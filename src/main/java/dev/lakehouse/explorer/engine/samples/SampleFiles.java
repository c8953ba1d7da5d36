package dev.lakehouse.explorer.engine.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample files shipped inside the application jar, under {@value #RESOURCE_ROOT}. A jar cannot list a folder
 * of resources, so the files are found through the index {@link SampleGenerator#INDEX} written with them.
 */
public final class SampleFiles {
    public static final String RESOURCE_ROOT = "/sample-data/";

    private SampleFiles() {
    }

    /**
     * Copies every shipped sample file into {@code dir}, keeping the folder layout and overwriting files already
     * there.
     *
     * @return the files written, in index order
     * @throws IllegalStateException when the index or a file it names is not on the classpath
     * @throws UncheckedIOException  when a file cannot be written
     */
    public static List<Path> extractTo(Path dir) {
        return extractTo(dir, RESOURCE_ROOT);
    }

    static List<Path> extractTo(Path dir, String resourceRoot) {
        List<Path> written = new ArrayList<>();
        for (String name : index(resourceRoot)) {
            Path target = dir.resolve(name).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IllegalStateException("The sample index names a file outside its folder: " + name);
            }
            try (InputStream in = open(resourceRoot + name)) {
                if (in == null) {
                    throw new IllegalStateException("The sample index lists " + name + " but the application does "
                            + "not contain it under " + resourceRoot + ": the build is incomplete, rebuild it.");
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy sample file " + name + " to " + target + ": "
                        + e.getMessage(), e);
            }
            written.add(target);
        }
        return written;
    }

    private static List<String> index(String resourceRoot) {
        String indexName = resourceRoot + SampleGenerator.INDEX;
        try (InputStream in = open(indexName)) {
            if (in == null) {
                throw new IllegalStateException("The sample files are missing from the application (no "
                        + indexName + " on the classpath): rebuild it with the sample-data folder present.");
            }
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample index " + indexName + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        return SampleFiles.class.getResourceAsStream(resource);
    }
}
