package dev.lakehouse.explorer.ui.home;

/** What the Home panel can say about the catalog right now. */
public enum CatalogState {
    /** The engine is not ready yet; the catalog appears when it is. */
    WAITING,
    /** Reading schemas and tables. */
    LOADING,
    /** Schemas and recent tables are shown. */
    LOADED,
    /** The engine failed or the catalog could not be read; the message says why. */
    UNAVAILABLE
}
