package dev.lakehouse.explorer.engine.azure;

/** Paths inside a container as the engine writes them: '/'-separated, no leading '/', "" for the root. */
final class BlobPaths {
    private BlobPaths() {
    }

    static String normalize(String path) {
        if (path == null) {
            return "";
        }
        return path.replace('\\', '/').replaceAll("/{2,}", "/").replaceFirst("^/+", "");
    }

    /** The listing prefix of a folder: "" for the root, else the path with one trailing '/'. */
    static String folderPrefix(String path) {
        String p = normalize(path);
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    static String lastSegment(String path) {
        String p = normalize(path).replaceFirst("/+$", "");
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
