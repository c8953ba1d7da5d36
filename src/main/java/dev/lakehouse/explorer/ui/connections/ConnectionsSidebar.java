package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;

/**
 * The left side: one list in two sections, connections then secret scopes, and the buttons that create them.
 * Enter opens the selected item, Delete asks to delete it. Section headers are items that cannot be selected.
 */
final class ConnectionsSidebar extends VBox {
    private final ConnectionsViewModel vm;
    private final ListView<Object> list = new ListView<>();
    private final Runnable showBrowse;
    private boolean rebuilding; // the list is refilled from the view-model; that selection is not the user's

    /** @param showBrowse turns the detail to the connection's storage (Enter on a connection) */
    ConnectionsSidebar(ConnectionsViewModel vm, Runnable showBrowse) {
        this.vm = vm;
        this.showBrowse = showBrowse;
        list.setId("connections-list");
        list.setCellFactory(l -> new SidebarCell(vm::rootUri));
        list.getStyleClass().addAll("connections-list", Tweaks.EDGE_TO_EDGE);
        list.setPlaceholder(new Label("Nothing saved yet."));
        VBox.setVgrow(list, Priority.ALWAYS);
        ListChangeListener<Object> rebuild = c -> rebuild();
        vm.connections().addListener(rebuild);
        vm.scopes().addListener(rebuild);
        vm.selectedProperty().addListener((obs, old, now) -> reselect());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> picked(item));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        var notice = new Label();
        notice.setId("connections-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        getChildren().addAll(head(), buttons(), notice, list);
        getStyleClass().add("connections-sidebar");
        setSpacing(10);
        setMinWidth(240);
        rebuild();
    }

    private HBox head() {
        var title = new Label("Connections");
        title.getStyleClass().add(Styles.TITLE_4);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setId("connections-refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Read connections and scopes again"));
        refresh.setOnAction(e -> vm.refresh());
        var export = iconButton(Material2MZ.SAVE_ALT, "connections-export",
                "Export connections to a file (secrets as references only)", this::chooseExport);
        var importFile = iconButton(Material2MZ.UNARCHIVE, "connections-import",
                "Import connections from an exported file", this::chooseImport);
        var head = new HBox(2, title, spacer, export, importFile, refresh);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return head;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String id, String tip, Runnable action) {
        var button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void chooseExport() {
        var chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export connections");
        chooser.setInitialFileName("connections.json");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Connection sets", "*.json"));
        var file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            vm.exportTo(file.toPath());
        }
    }

    private void chooseImport() {
        var chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import connections");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Connection sets", "*.json"));
        var file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            vm.importFrom(file.toPath());
        }
    }

    private VBox buttons() {
        var newConnection = button("New connection", Material2AL.ADD, "connections-new", vm::newConnection);
        newConnection.getStyleClass().add(Styles.ACCENT);
        var newScope = button("New scope", Material2AL.ENHANCED_ENCRYPTION, "connections-new-scope",
                () -> NewScopeDialog.show(this, vm.newScope()));
        var workshop = button("Workshop setup", Material2MZ.SCHOOL, "connections-workshop", vm::showWorkshop);
        return new VBox(6, newConnection, new HBox(6, newScope, workshop));
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String id, Runnable action) {
        var button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void rebuild() {
        List<Object> items = new ArrayList<>();
        items.add(SidebarCell.Section.CONNECTIONS);
        items.addAll(vm.connections());
        items.add(SidebarCell.Section.SCOPES);
        items.addAll(vm.scopes());
        rebuilding = true;
        list.getItems().setAll(items);
        rebuilding = false;
        reselect();
    }

    /** The list follows what the view-model shows (after a save, a new scope, a delete). */
    private void reselect() {
        Object shown = vm.selectedProperty().get();
        rebuilding = true;
        if (shown == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getItems().stream().filter(i -> same(i, shown)).findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
        }
        rebuilding = false;
    }

    private void picked(Object item) {
        if (rebuilding || item == null) {
            return;
        }
        if (item instanceof SidebarCell.Section) {
            list.getSelectionModel().clearSelection(); // headers are not items
        } else if (!same(item, vm.selectedProperty().get())) {
            vm.select(item);
        }
    }

    private void key(KeyEvent e) {
        Object item = list.getSelectionModel().getSelectedItem();
        if (item == null || item instanceof SidebarCell.Section) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            vm.open(item);
            if (item instanceof Connection) {
                showBrowse.run();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            vm.delete(item);
            e.consume();
        }
    }

    /** Connections and scopes are the same when their names are (the lists are read again after each change). */
    private static boolean same(Object a, Object b) {
        if (a instanceof Connection x && b instanceof Connection y) {
            return x.name().equals(y.name());
        }
        return a instanceof ScopeDefinition x && b instanceof ScopeDefinition y && x.name().equals(y.name());
    }
}
