package dev.lakehouse.explorer.ui.connections;

import java.util.ArrayList;
import java.util.List;

/** Folder URIs of the storage browser: always ending in '/', below a connection's root URI. */
final class StoragePaths {
    private StoragePaths() {
    }

    static String folder(String uri) {
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A table's URI as Spark and TableRef take it: without the trailing '/'. */
    static String table(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** The folder above {@code folder}, never above {@code root}. */
    static String parent(String root, String folder) {
        if (folder.length() <= root.length()) {
            return root;
        }
        String trimmed = folder.substring(0, folder.length() - 1);
        String parent = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
        return parent.length() < root.length() ? root : parent;
    }

    /** The breadcrumb from the root to {@code folder}. */
    static List<Crumb> crumbs(String rootLabel, String root, String folder) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(rootLabel, root));
        String uri = root;
        String rest = folder.startsWith(root) ? folder.substring(root.length()) : "";
        for (String segment : rest.split("/")) {
            if (!segment.isEmpty()) {
                uri = uri + segment + "/";
                crumbs.add(new Crumb(segment, uri));
            }
        }
        return crumbs;
    }
}
