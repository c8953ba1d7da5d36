package dev.lakehouse.explorer.engine.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample medallion spec over the orders feed, shipped in the jar and installed beside the sample files as
 * {@code pipelines/orders.yaml}, so that a class can open and run it at once. A spec already there is kept: it
 * may hold a person's edits.
 */
public final class SamplePipeline {
    public static final String RESOURCE = "/pipelines/orders.yaml";
    public static final String FILE = "orders.yaml";

    private SamplePipeline() {
    }

    /** The spec's place in a workspace whose pipelines live in {@code dir}. */
    public static Path path(Path dir) {
        return dir.resolve(FILE);
    }

    /** Writes the sample spec into {@code dir} unless a file of that name is there; returns its path either way. */
    public static Path install(Path dir) {
        Path target = path(dir);
        if (Files.exists(target)) {
            return target;
        }
        try (InputStream in = SamplePipeline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The application does not contain " + RESOURCE
                        + ": the build is incomplete, rebuild it.");
            }
            Files.createDirectories(dir);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sample pipeline to " + target + ": " + e.getMessage(), e);
        }
    }
}
