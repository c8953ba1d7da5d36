package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.time.ZoneId;

/** The Browse tab: breadcrumb and actions over the table of entries, and the running transfer with Cancel. */
final class StorageBrowserView extends VBox {
    private final StorageBrowserViewModel vm;
    private final StorageTable table;
    private final HBox crumbs = new HBox(2);

    StorageBrowserView(StorageBrowserViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.table = new StorageTable(vm, ZoneId.systemDefault());
        VBox.setVgrow(table, Priority.ALWAYS);
        var transfers = vm.transfers();
        var error = Banner.error(vm.error(), errors);
        error.setId("storage-error");
        var transferError = Banner.error(transfers.error(), errors);
        var notice = Banner.success(transfers.noticeProperty(), transfers::clearMessages);
        notice.setId("storage-notice");
        getChildren().addAll(navigation(), actions(), notice, error, transferError, transferBar(), table);
        setSpacing(10);
        getStyleClass().add("storage-browser");
        vm.crumbs().addListener((ListChangeListener<Crumb>) c -> showCrumbs());
    }

    private HBox navigation() {
        var up = iconButton("storage-up", Material2AL.ARROW_UPWARD, "Up one folder (Backspace)", vm::up);
        up.disableProperty().bind(vm.canGoUpProperty().not());
        var refresh = iconButton("storage-refresh", Material2MZ.REFRESH, "List the folder again", vm::refresh);
        crumbs.setId("storage-crumbs");
        crumbs.setAlignment(Pos.CENTER_LEFT);
        crumbs.getStyleClass().add("storage-crumbs");
        HBox.setHgrow(crumbs, Priority.ALWAYS);
        var row = new HBox(6, up, crumbs, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox actions() {
        BooleanBinding busy = vm.transfers().runningProperty().or(vm.currentProperty().isEmpty());
        var uploadFile = button("storage-upload-file", "Upload file…", Material2AL.CLOUD_UPLOAD, this::uploadFile);
        uploadFile.disableProperty().bind(busy);
        var uploadFolder = button("storage-upload-folder", "Upload folder…", Material2AL.FOLDER,
                this::uploadFolder);
        uploadFolder.disableProperty().bind(busy);
        var selected = table.getSelectionModel().selectedItemProperty();
        var download = button("storage-download", "Download…", Material2AL.CLOUD_DOWNLOAD, this::download);
        download.disableProperty().bind(busy.or(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().isDirectory(), selected)));
        var open = button("storage-open-catalog", "Open in Catalog", Material2MZ.TABLE_CHART,
                () -> vm.openInCatalog(selected.get()));
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().isDeltaTable(), selected));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var row = new HBox(6, uploadFile, uploadFolder, download, spacer, open);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox transferBar() {
        var transfers = vm.transfers();
        var bar = new ProgressBar();
        bar.progressProperty().bind(transfers.progressProperty());
        bar.setPrefWidth(220);
        var message = new Label();
        message.textProperty().bind(transfers.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        var cancel = new Button("Cancel");
        cancel.setId("storage-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> transfers.cancel());
        var row = new HBox(10, bar, message, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("transfer-bar");
        row.visibleProperty().bind(transfers.runningProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void showCrumbs() {
        crumbs.getChildren().clear();
        for (int i = 0; i < vm.crumbs().size(); i++) {
            Crumb crumb = vm.crumbs().get(i);
            if (i > 0) {
                crumbs.getChildren().add(new FontIcon(Material2AL.CHEVRON_RIGHT));
            }
            var link = new Hyperlink(crumb.label());
            link.setTooltip(new Tooltip(crumb.uri()));
            link.setOnAction(e -> vm.goTo(crumb));
            if (i == vm.crumbs().size() - 1) {
                link.getStyleClass().add(Styles.TEXT_BOLD);
            }
            crumbs.getChildren().add(link);
        }
    }

    private void uploadFile() {
        var chooser = new FileChooser();
        chooser.setTitle("Upload a file to " + vm.currentProperty().get());
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            vm.upload(file.toPath(), false);
        }
    }

    private void uploadFolder() {
        var chooser = new DirectoryChooser();
        chooser.setTitle("Upload a folder to " + vm.currentProperty().get());
        File folder = chooser.showDialog(window());
        if (folder != null) {
            vm.upload(folder.toPath(), true);
        }
    }

    private void download() {
        StorageEntry entry = table.getSelectionModel().getSelectedItem();
        var chooser = new DirectoryChooser();
        chooser.setTitle("Download " + (entry == null ? "" : entry.name()) + " into");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            vm.download(entry, folder.toPath());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Button button(String id, String text, Ikon icon, Runnable action) {
        var button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Button iconButton(String id, Ikon icon, String tip, Runnable action) {
        var button = button(id, null, icon, action);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
