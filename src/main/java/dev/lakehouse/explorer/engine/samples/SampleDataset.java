package dev.lakehouse.explorer.engine.samples;

import java.nio.file.Path;

/**
 * The workshop's four sample datasets: where their files are under the samples folder, how to read them and which
 * bronze table they load into.
 *
 * <p>The ML datasets load with inferred column types, ready to train on. The orders feed and its change file load
 * raw, every column as a string, because cleaning them is the point of the medallion lessons: inferring types
 * would already drop or mangle the bad values the lessons are about.
 */
public enum SampleDataset {
    HOUSES("House prices", "houses", "csv", "bronze.houses", false),
    TRANSACTIONS("Card transactions (fraud)", "fraud", "csv", "bronze.transactions", false),
    ORDERS("Raw orders feed", "orders", "csv", "bronze.orders_raw", true),
    ORDER_CHANGES("Late order changes", "orders_changes", "json", "bronze.order_changes_raw", true);

    private final String displayName;
    private final String folder;
    private final String format;
    private final String bronzeTable;
    private final boolean raw;

    SampleDataset(String displayName, String folder, String format, String bronzeTable, boolean raw) {
        this.displayName = displayName;
        this.folder = folder;
        this.format = format;
        this.bronzeTable = bronzeTable;
        this.raw = raw;
    }

    /** What the user sees, e.g. "House prices". */
    public String displayName() {
        return displayName;
    }

    /** The dataset's folder under the samples root, e.g. {@code houses}. */
    public String folder() {
        return folder;
    }

    /** The dataset's folder under {@code samplesRoot}. */
    public Path folder(Path samplesRoot) {
        return samplesRoot.resolve(folder);
    }

    /** The file format, as a reader names it: {@code csv} (with a header line) or {@code json} (one object a line). */
    public String format() {
        return format;
    }

    /** The qualified bronze table it loads into, e.g. {@code bronze.houses}. */
    public String bronzeTable() {
        return bronzeTable;
    }

    /** True when every column loads as a string; false when column types are inferred. */
    public boolean raw() {
        return raw;
    }
}
