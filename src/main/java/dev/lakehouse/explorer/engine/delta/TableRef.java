package dev.lakehouse.explorer.engine.delta;

import dev.lakehouse.explorer.engine.InvalidRequestException;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Delta table given by its folder: a local folder, or a folder on remote storage reached through a saved
 * connection ({@code wasb://}, {@code wasbs://}, {@code abfs://}, {@code abfss://}). Metastore names are resolved to
 * a folder elsewhere.
 *
 * @param location the table's local folder, absolute and normalised; null for a remote table
 * @param remote   the remote folder's URI as Spark takes it, without a trailing '/'; null for a local table
 */
public record TableRef(Path location, String remote) {
    private static final Pattern REMOTE = Pattern.compile("(?i)(wasbs?|abfss?)://[^/\\s]+@[^/\\s]+(/.*)?");

    public TableRef {
        if ((location == null) == (remote == null)) {
            throw new IllegalArgumentException("A table is either a local folder or a remote URI");
        }
        location = location == null ? null : location.toAbsolutePath().normalize();
        remote = remote == null ? null : stripSlash(remote);
    }

    public TableRef(Path location) {
        this(Objects.requireNonNull(location, "location"), null);
    }

    /** A table at a folder path, absolute or relative to the working directory. */
    public static TableRef path(Path folder) {
        return new TableRef(folder);
    }

    /** A table on remote storage, e.g. {@code wasb://lake@devstoreaccount1.localhost:10000/tables/orders}. */
    public static TableRef remote(String uri) {
        if (!isRemoteUri(uri)) {
            throw new InvalidRequestException("Not a storage URI (wasb://, wasbs://, abfs://, abfss:// container@account/path): " + uri);
        }
        return new TableRef(null, uri.strip());
    }

    public static boolean isRemoteUri(String text) {
        return text != null && REMOTE.matcher(text.strip()).matches();
    }

    /** True for a table on remote storage: read through Spark, since the compute-free reader knows local folders. */
    public boolean isRemote() {
        return remote != null;
    }

    /** The folder as Spark's readers and {@code delta.`…`} take it: a local path or the remote URI. */
    public String sparkPath() {
        return isRemote() ? remote : location.toString();
    }

    /**
     * Whether what a user typed names a folder rather than a metastore table: names never hold a separator, nor
     * start with a dot, a tilde or a URI scheme.
     */
    public static boolean looksLikePath(String text) {
        return text.regionMatches(true, 0, "file:", 0, 5) || text.indexOf('/') >= 0
                || text.indexOf(java.io.File.separatorChar) >= 0 || text.startsWith(".") || text.startsWith("~")
                || (text.length() > 1 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0))); // C:\data
    }

    /** A table given as text: a folder path, a {@code file:} URI or a storage URI. */
    public static TableRef parse(String text) {
        if (isRemoteUri(text)) {
            return remote(text);
        }
        try {
            return text.regionMatches(true, 0, "file:", 0, 5) ? path(Path.of(URI.create(text))) : path(Path.of(text));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) { // InvalidPathException is one too
            throw new InvalidRequestException("Not a table folder or file: URI: " + text);
        }
    }

    private static String stripSlash(String uri) {
        String s = uri.strip();
        while (s.endsWith("/") && !s.toLowerCase(Locale.ROOT).matches("[a-z]+://[^/]*/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** How messages name the table: its folder. */
    @Override
    public String toString() {
        return sparkPath();
    }
}
