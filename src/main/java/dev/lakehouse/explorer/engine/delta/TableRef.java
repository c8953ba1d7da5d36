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
    /**
     * Whether what a user typed names a folder rather than a metastore table: names never hold a separator, nor
     * start with a dot, a tilde or a URI scheme.
     */
    public static boolean looksLikePath(String text) {
        return text.regionMatches(true, 0, "file:", 0, 5) || text.indexOf('/') >= 0
                || text.indexOf(java.io.File.separatorChar) >= 0 || text.startsWith(".") || text.startsWith("~")
                || (text.length() > 1 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0))); // C:\data
    }

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
