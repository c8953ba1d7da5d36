package dev.lakehouse.explorer.engine.delta;

import dev.lakehouse.explorer.engine.InvalidRequestException;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A Delta table given by its folder. Metastore names are resolved to a folder elsewhere.
 *
 * @param location the table's folder, absolute and normalised
 */
public record TableRef(Path location) {

    public TableRef {
        Objects.requireNonNull(location, "location");
        location = location.toAbsolutePath().normalize();
    }

    /** A table at a folder path, absolute or relative to the working directory. */
    public static TableRef path(Path folder) {
        return new TableRef(folder);
    }

    /** A table given as text: a folder path or a {@code file:} URI. */
    public static TableRef parse(String text) {
        try {
            return text.regionMatches(true, 0, "file:", 0, 5) ? path(Path.of(URI.create(text))) : path(Path.of(text));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) { // InvalidPathException is one too
            throw new InvalidRequestException("Not a table folder or file: URI: " + text);
        }
    }

    /** How messages name the table: its folder. */
    @Override
    public String toString() {
        return location.toString();
    }
}
