package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/**
 * A read-only dataset: a view, a non-Delta table of the catalog, or a folder of Parquet, CSV or JSON files. Its
 * first rows come from Spark; a Parquet folder or table can be converted to Delta in place, CSV and JSON files
 * copied into a new Delta table — after the user confirms.
 */
public final class DatasetPageViewModel implements CatalogPage {
    static final int PREVIEW_ROWS = 200;

    /** How the dataset becomes a Delta table, if it can. */
    public enum Conversion { NONE, IN_PLACE_FOLDER, IN_PLACE_TABLE, COPY }

    private final CatalogViewModel catalog;
    private final String title;
    private final String source;
    private final String prepare;
    private final Conversion conversion;
    private final Path folder;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper convertAsked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private boolean disposed;

    private DatasetPageViewModel(CatalogViewModel catalog, String title, String source, String prepare,
                                 Conversion conversion, Path folder) {
        this.catalog = catalog;
        this.title = title;
        this.source = source;
        this.prepare = prepare;
        this.conversion = conversion;
        this.folder = folder;
        load();
    }

    static DatasetPageViewModel ofView(CatalogViewModel catalog, TableSummary view) {
        return new DatasetPageViewModel(catalog, view.qualifiedName(), SqlText.qualified(view.schema(), view.name()),
                null, Conversion.NONE, null);
    }

    static DatasetPageViewModel ofCatalogTable(CatalogViewModel catalog, TableSummary table) {
        return new DatasetPageViewModel(catalog, table.qualifiedName(), SqlText.qualified(table.schema(), table.name()),
                null, "parquet".equalsIgnoreCase(table.format()) ? Conversion.IN_PLACE_TABLE : Conversion.NONE, null);
    }

    static DatasetPageViewModel ofFolder(CatalogViewModel catalog, Path folder, FolderKind kind) {
        if (kind == FolderKind.CSV) {
            // CSV needs options (a header line, inferred types) that a path-based table cannot take: a temp view can.
            String view = "lx_csv_" + Integer.toHexString(folder.toString().hashCode());
            String prepare = "CREATE OR REPLACE TEMPORARY VIEW " + view + " USING csv OPTIONS (path "
                    + SqlText.literal(folder.toString()) + ", header 'true', inferSchema 'true')";
            return new DatasetPageViewModel(catalog, folder.toString(), view, prepare, Conversion.COPY, folder);
        }
        return new DatasetPageViewModel(catalog, folder.toString(), SqlText.pathTable(kind.format(), folder), null,
                kind == FolderKind.PARQUET ? Conversion.IN_PLACE_FOLDER : Conversion.COPY, folder);
    }

    /** Reads the first rows again. */
    public void load() {
        error.clear();
        busy.set(true);
        status.set("Reading the first rows…");
        String select = "SELECT * FROM " + source + " LIMIT " + PREVIEW_ROWS;
        catalog.runner().submit("Reading " + title, ctx -> {
            prepare(ctx);
            return catalog.engine().sql().execute(select, PREVIEW_ROWS, ctx);
        }, this::show, this::failed);
    }

    /** Asks to convert; {@link #confirmConvert} does it. */
    public void askConvert() {
        if (conversion != Conversion.NONE) {
            convertAsked.set(true);
        }
    }

    public void dismissConvert() {
        convertAsked.set(false);
    }

    /**
     * Converts after the user confirmed: in place for Parquet, else a copy into {@code schema.name} (ignored for
     * in-place conversions).
     */
    public void confirmConvert(String schema, String name) {
        if (!convertAsked.get()) {
            return;
        }
        if (conversion == Conversion.COPY && (!SqlText.isPlainName(schema) || !SqlText.isPlainName(name))) {
            error.show(new InvalidRequestException("Choose a schema and a table name: letters, digits and _."));
            return;
        }
        convertAsked.set(false);
        busy.set(true);
        String statement = switch (conversion) {
            case IN_PLACE_FOLDER, IN_PLACE_TABLE -> "CONVERT TO DELTA " + source;
            case COPY -> "CREATE TABLE " + SqlText.qualified(schema, name) + " USING delta AS SELECT * FROM " + source;
            case NONE -> throw new IllegalStateException("nothing to convert");
        };
        catalog.runner().submit("Converting " + title + " to Delta", ctx -> {
            prepare(ctx);
            return catalog.engine().sql().execute(statement, 10, ctx);
        }, result -> converted(schema, name), this::failed);
    }

    private void prepare(JobContext ctx) {
        if (prepare != null) {
            catalog.engine().sql().execute(prepare, 10, ctx);
        }
    }

    private void converted(String schema, String name) {
        busy.set(false);
        switch (conversion) {
            case IN_PLACE_FOLDER -> {
                catalog.changed(title + " is a Delta table now.");
                catalog.offerDeltaFolder(folder);
            }
            case IN_PLACE_TABLE -> {
                int dot = title.indexOf('.');
                catalog.changed(title + " is a Delta table now.");
                catalog.openByName(title.substring(0, dot), title.substring(dot + 1));
            }
            default -> {
                catalog.changed("Copied " + title + " into the new Delta table " + schema + "." + name + ".");
                catalog.openByName(schema, name);
            }
        }
    }

    private void show(QueryResult result) {
        busy.set(false);
        var page = result.firstPage();
        rows.setAll(page.rows());
        columns.setAll(page.columns());
        status.set(ValueFormat.count(page.rows().size()) + (page.rows().size() == 1 ? " row" : " rows")
                + (page.rows().size() >= PREVIEW_ROWS ? " shown · the first " + PREVIEW_ROWS : "") + " · read-only");
    }

    private void failed(Throwable t) {
        busy.set(false);
        status.set("");
        if (!disposed) {
            error.show(t);
        }
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public void dispose() {
        disposed = true;
    }

    /** The dataset's format in words, for the page header. */
    public String kindText() {
        return switch (conversion) {
            case NONE -> "View or non-Delta table, read-only";
            case IN_PLACE_TABLE -> "Parquet table, read-only";
            case IN_PLACE_FOLDER -> "Parquet files, read-only";
            case COPY -> (prepare != null ? "CSV" : "JSON") + " files, read-only";
        };
    }

    /** What "Convert to Delta" will do, for the confirmation. */
    public String convertQuestion() {
        return switch (conversion) {
            case IN_PLACE_FOLDER, IN_PLACE_TABLE -> "Convert " + title + " to Delta in place? The Parquet files stay "
                    + "where they are; a _delta_log is added beside them, and from then on the data should be "
                    + "written as Delta only.";
            case COPY -> "Copy the rows of " + title + " into a new Delta table? The files are left as they are.";
            case NONE -> "";
        };
    }

    public Conversion conversion() {
        return conversion;
    }

    /** The schemas a copy can go to. */
    public List<String> schemaNames() {
        return catalog.folders().schemaNames();
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<List<Object>> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty convertAskedProperty() {
        return convertAsked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }
}
