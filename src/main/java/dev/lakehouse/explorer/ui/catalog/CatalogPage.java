package dev.lakehouse.explorer.ui.catalog;

/** What the right side of the Catalog panel shows: a Delta table's page, or a read-only dataset. */
public sealed interface CatalogPage permits TablePageViewModel, DatasetPageViewModel {

    /** The name the page is known by: {@code schema.table}, or the folder. */
    String title();

    /** Stops the page's background work and releases what it holds (cursors, listeners); the page is gone. */
    void dispose();
}
