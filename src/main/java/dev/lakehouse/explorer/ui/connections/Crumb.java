package dev.lakehouse.explorer.ui.connections;

/**
 * One step of the storage browser's breadcrumb.
 *
 * @param label the folder's name (the connection's name for its root)
 * @param uri   the folder's URI, ending in '/'
 */
public record Crumb(String label, String uri) {
}
