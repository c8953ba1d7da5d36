package dev.lakehouse.explorer.ui.medallion;

/**
 * The view-model asks the editor to put its caret at the start of a line (a problem clicked, a lineage node
 * chosen). {@code seq} makes a second request for the same line a change the view hears.
 */
public record CaretRequest(int line, long seq) {
}
