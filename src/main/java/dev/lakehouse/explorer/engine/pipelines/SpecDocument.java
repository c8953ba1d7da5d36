package dev.lakehouse.explorer.engine.pipelines;

import dev.lakehouse.explorer.engine.InvalidRequestException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of a pipeline spec and where it lives. Relative paths in the spec ({@code ./landing}) resolve against
 * {@link #baseDir()}, the spec file's folder, so a spec and its data can move together.
 *
 * @param name    what problems are reported against: the file name as given ({@code pipelines/orders.yaml})
 * @param baseDir the folder relative paths resolve against
 * @param text    the YAML
 */
public record SpecDocument(String name, Path baseDir, String text) {
    public SpecDocument {
        Objects.requireNonNull(name, "name");
        baseDir = baseDir.toAbsolutePath().normalize();
        Objects.requireNonNull(text, "text");
    }

    /** Reads a spec file; a missing or unreadable file is an {@link InvalidRequestException} naming it. */
    public static SpecDocument read(Path file) {
        try {
            Path abs = file.toAbsolutePath().normalize();
            return new SpecDocument(file.toString(), abs.getParent(), Files.readString(abs, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidRequestException("No pipeline spec at " + file + ".");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidRequestException("Cannot read pipeline spec " + file + ": " + e.getMessage());
        }
    }
}
