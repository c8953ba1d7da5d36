package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.delta.TableRef;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.List;

/**
 * "Open Delta folder…": a folder holding {@code _delta_log} waits in {@link #deltaFolderProperty()} until the user
 * registers it under a name or browses it by path; a folder of Parquet, CSV or JSON files opens as a dataset.
 */
public final class OpenFolderViewModel {
    private final CatalogViewModel catalog;
    private final ReadOnlyObjectWrapper<Path> deltaFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    OpenFolderViewModel(CatalogViewModel catalog) {
        this.catalog = catalog;
    }

    /** Looks into the folder (off the UI thread) and opens it as what it holds. */
    public void open(Path folder) {
        catalog.clearMessages();
        busy.set(true);
        catalog.runner().submit("Opening " + folder.getFileName(), ctx -> FolderKind.of(folder), kind -> {
            busy.set(false);
            if (kind == FolderKind.DELTA) {
                deltaFolder.set(folder);
            } else {
                catalog.openDataset(folder, kind);
            }
        }, t -> {
            busy.set(false);
            catalog.errorSink().show(t);
        });
    }

    /** Browses the waiting Delta folder by its path, without registering it. */
    public void browse() {
        Path folder = deltaFolder.get();
        if (folder != null) {
            deltaFolder.set(null);
            catalog.openTable(null, TableRef.path(folder));
        }
    }

    /** Registers the waiting Delta folder as {@code schema.name} (an external table), then opens it. */
    public void register(String schema, String name) {
        Path folder = deltaFolder.get();
        if (folder == null) {
            return;
        }
        if (!SqlText.isPlainName(schema) || !SqlText.isPlainName(name)) {
            catalog.errorSink().show(new InvalidRequestException(
                    "A schema or table name is letters, digits and _, not starting with a digit."));
            return;
        }
        deltaFolder.set(null);
        busy.set(true);
        String statement = "CREATE TABLE " + SqlText.qualified(schema, name) + " USING delta LOCATION "
                + SqlText.literal(folder.toString());
        catalog.runner().submit("Registering " + schema + "." + name,
                ctx -> catalog.engine().sql().execute(statement, 10, ctx), result -> {
                    busy.set(false);
                    catalog.changed("Registered " + folder + " as " + schema + "." + name + ".");
                    catalog.openTable(schema + "." + name, TableRef.path(folder));
                }, t -> {
                    busy.set(false);
                    catalog.errorSink().show(t);
                });
    }

    /** Leaves the waiting folder alone. */
    public void dismiss() {
        deltaFolder.set(null);
    }

    /** The schemas a folder can be registered in. */
    public List<String> schemaNames() {
        return catalog.schemas().stream().map(SchemaNode::name).toList();
    }

    void offer(Path folder) {
        deltaFolder.set(folder);
    }

    /** A Delta folder waiting for the user's choice, or null. */
    public ReadOnlyObjectProperty<Path> deltaFolderProperty() {
        return deltaFolder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
