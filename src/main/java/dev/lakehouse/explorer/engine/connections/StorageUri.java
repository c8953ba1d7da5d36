package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A storage URI as SQL {@code LOCATION} and {@code storage ls} take it: {@code wasb[s]://C@HOST/path},
 * {@code abfs[s]://C@HOST/path}, {@code file:/path}, or a plain local path (made absolute, written {@code file:}).
 *
 * <p>Hadoop {@code Path} style: the text is taken literally, nothing is percent-decoded or encoded, so
 * {@code abfss://c@a.dfs.core.windows.net/données 2026/é.csv} means exactly that folder and file, and
 * {@link #toString()} gives back the same text. (A {@code java.net.URI} would refuse the space; Hadoop's Path
 * escapes it internally and shows it literally, and so does this class.)
 *
 * @param scheme    {@code wasb}, {@code wasbs}, {@code abfs}, {@code abfss} or {@code file}, lower case
 * @param container the container (file system); null for {@code file}
 * @param host      the account's host, with the port when there is one; null for {@code file}
 * @param path      the path from the container root, starting with '/' ("/" is the root)
 */
public record StorageUri(String scheme, String container, String host, String path) {
    private static final Pattern AZURE = Pattern.compile("(?i)(wasbs?|abfss?)://([^@/\\s]+)@([^/\\s]+)(/.*)?");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    public StorageUri {
        Objects.requireNonNull(scheme, "scheme");
        path = path == null || path.isEmpty() ? "/" : path;
    }

    /** Parses a URI or a local path; anything else is a StorageException saying what is accepted. */
    public static StorageUri parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = AZURE.matcher(t);
        if (m.matches()) {
            return new StorageUri(m.group(1).toLowerCase(Locale.ROOT), m.group(2), m.group(3), m.group(4));
        }
        if (t.regionMatches(true, 0, "file:", 0, 5)) {
            return local(fileUriPath(t.substring(5), text));
        }
        if (t.isEmpty() || (SCHEME.matcher(t).matches() && !isWindowsDrive(t))) {
            throw new StorageException("'" + t + "' is not a storage URI: use abfss://<container>@<account>.dfs.core.windows.net/…, "
                    + "wasbs://<container>@<account>.blob.core.windows.net/…, file:/… or a local path.");
        }
        return local(Path.of(t).toAbsolutePath().normalize().toString());
    }

    /** The URI of a local file or folder. */
    public static StorageUri of(Path local) {
        return local(local.toAbsolutePath().normalize().toString());
    }

    private static StorageUri local(String osPath) {
        String p = osPath.replace('\\', '/');
        return new StorageUri("file", null, null, p.startsWith("/") ? p : "/" + p);
    }

    private static String fileUriPath(String rest, String original) {
        if (!rest.startsWith("//")) {
            return rest;
        }
        String afterSlashes = rest.substring(2);
        int slash = afterSlashes.indexOf('/');
        String authority = slash < 0 ? afterSlashes : afterSlashes.substring(0, slash);
        if (!authority.isEmpty() && !authority.equalsIgnoreCase("localhost")) {
            throw new StorageException("'" + original + "' names another machine: file: URIs must be local.");
        }
        return slash < 0 ? "/" : afterSlashes.substring(slash);
    }

    private static boolean isWindowsDrive(String t) {
        return t.length() >= 2 && Character.isLetter(t.charAt(0)) && t.charAt(1) == ':';
    }

    public boolean isLocal() {
        return scheme.equals("file");
    }

    /** {@code container@host}, what identifies the account and container; null for a local URI. */
    public String authority() {
        return isLocal() ? null : container + "@" + host;
    }

    /** The path below the root, without leading or trailing '/' ("" for the root), as {@link StorageAccess} takes it. */
    public String relativePath() {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The same container (or, locally, folder) at another path. */
    public StorageUri withPath(String newPath) {
        return new StorageUri(scheme, container, host, newPath.startsWith("/") ? newPath : "/" + newPath);
    }

    /** A relative path ('/'-separated) below this URI's path. */
    public StorageUri resolve(String relative) {
        String base = path.endsWith("/") ? path : path + "/";
        String rel = relative.startsWith("/") ? relative.substring(1) : relative;
        return withPath(base + rel);
    }

    /** The local file or folder of a {@code file:} URI. */
    public Path localPath() {
        String p = path;
        if (p.length() >= 3 && p.charAt(0) == '/' && isWindowsDrive(p.substring(1))) {
            p = p.substring(1); // "/C:/data" is "C:/data" on Windows
        }
        return Path.of(p);
    }

    @Override
    public String toString() {
        return isLocal() ? "file:" + path : scheme + "://" + container + "@" + host + path;
    }
}
