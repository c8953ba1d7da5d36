package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Browses a saved connection's storage from its root URI: the folder shown, its breadcrumb and entries, going into
 * folders and up, opening a Delta table in the Catalog, and uploads and downloads ({@link TransferViewModel}).
 * The first listing waits until the browser is shown, since it reaches the network.
 */
public final class StorageBrowserViewModel {
    private final Services services;
    private final TaskRunner runner;
    private final ReadOnlyStringWrapper root = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ObservableList<Crumb> crumbs = FXCollections.observableArrayList();
    private final ObservableList<StorageEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final InlineError error = new InlineError();
    private final TransferViewModel transfers;
    private final BooleanBinding canGoUp = Bindings.createBooleanBinding(
            () -> !root.get().isEmpty() && current.get().length() > root.get().length(), root, current);
    private Connection connection;
    private boolean started;
    private boolean active; // the Browse tab is showing
    private long generation; // a listing of a folder no longer asked for is dropped
    private Consumer<String> onOpenTable = uri -> { };

    StorageBrowserViewModel(Services services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
        this.transfers = new TransferViewModel(services, runner);
    }

    /** Browses this connection from now on (null: none); nothing is listed until {@link #ensureLoaded()}. */
    void show(Connection shown) {
        connection = shown;
        started = false;
        generation++;
        root.set("");
        current.set("");
        crumbs.clear();
        entries.clear();
        loading.set(false);
        error.clear();
        transfers.clearMessages();
        if (active) {
            ensureLoaded();
        }
    }

    /** The view says whether the browser shows; while it does, each connection shown is listed at once. */
    public void setActive(boolean showing) {
        active = showing;
        if (showing) {
            ensureLoaded();
        }
    }

    /** Lists the root the first time the browser is shown. */
    public void ensureLoaded() {
        Connection shown = connection;
        if (started || shown == null) {
            return;
        }
        started = true;
        long mine = ++generation;
        loading.set(true);
        runner.submit("Opening " + shown.name(), ctx -> {
            String rootUri = StoragePaths.folder(services.connections().rootUri(shown));
            return new Listing(rootUri, services.storage().list(rootUri));
        }, listing -> {
            if (mine == generation) {
                root.set(listing.folder());
                showListing(listing);
            }
        }, failure -> failed(mine, failure));
    }

    /** Goes into a folder (a Delta table is a folder too); a file is not entered. */
    public void enter(StorageEntry entry) {
        if (entry != null && entry.isDirectory()) {
            navigate(StoragePaths.folder(entry.path()));
        }
    }

    public void up() {
        if (canGoUp.get()) {
            navigate(StoragePaths.parent(root.get(), current.get()));
        }
    }

    public void goTo(Crumb crumb) {
        navigate(crumb.uri());
    }

    public void refresh() {
        if (!current.get().isEmpty()) {
            navigate(current.get());
        }
    }

    /** Opens a Delta table in the Catalog. */
    public void openInCatalog(StorageEntry entry) {
        if (entry != null && entry.isDeltaTable()) {
            onOpenTable.accept(StoragePaths.table(entry.path()));
        }
    }

    /** Uploads a local file, or a folder with everything in it, into the folder shown; lists it again after. */
    public void upload(Path local, boolean folder) {
        String folderShown = current.get();
        if (folderShown.isEmpty() || local.getFileName() == null) {
            return;
        }
        String name = local.getFileName().toString();
        String target = folderShown + name + (folder ? "/" : "");
        transfers.start("Uploading " + name, "Uploaded " + name,
                ctx -> services.storage().upload(local, target, ctx), this::refresh);
    }

    /** Downloads a file into a local folder. */
    public void download(StorageEntry entry, Path folder) {
        if (entry == null || entry.isDirectory()) {
            return;
        }
        transfers.start("Downloading " + entry.name(), "Downloaded " + entry.name() + " to " + folder,
                ctx -> services.storage().download(entry.path(), folder, ctx), () -> { });
    }

    private void navigate(String folder) {
        long mine = ++generation;
        loading.set(true);
        error.clear();
        runner.submit("Listing " + folder, ctx -> new Listing(folder, services.storage().list(folder)),
                listing -> { if (mine == generation) showListing(listing); },
                failure -> failed(mine, failure));
    }

    private void showListing(Listing listing) {
        loading.set(false);
        current.set(listing.folder());
        crumbs.setAll(StoragePaths.crumbs(connection.name(), root.get(), listing.folder()));
        entries.setAll(listing.entries());
    }

    private void failed(long mine, Throwable failure) {
        if (mine == generation) {
            loading.set(false);
            error.show(failure);
        }
    }

    /** Where "Open in Catalog" goes: the window opens the URI as a table page. */
    public void setOnOpenTable(Consumer<String> onOpenTable) {
        this.onOpenTable = onOpenTable;
    }

    public ReadOnlyStringProperty rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** The folder shown, ending in '/'; empty before the first listing. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<Crumb> crumbs() {
        return crumbs;
    }

    public ObservableList<StorageEntry> entries() {
        return entries;
    }

    public BooleanBinding canGoUpProperty() {
        return canGoUp;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }

    public TransferViewModel transfers() {
        return transfers;
    }

    private record Listing(String folder, List<StorageEntry> entries) {
    }
}
