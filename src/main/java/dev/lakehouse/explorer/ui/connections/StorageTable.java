package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.ui.common.Sizes;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The entries of the folder shown: folders, files and Delta tables; double-click or Enter goes into a folder. */
final class StorageTable extends TableView<StorageEntry> {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    StorageTable(StorageBrowserViewModel vm, ZoneId zone) {
        super(vm.entries());
        setId("storage-table");
        getStyleClass().addAll("storage-table", Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("This folder is empty."));
        getColumns().add(nameColumn());
        getColumns().add(column("Size", 110, e -> e.isDirectory() ? "" : Sizes.human(e.size())));
        getColumns().add(column("Modified", 150,
                e -> e.modified() == null ? "" : MODIFIED.format(e.modified().atZone(zone))));
        setRowFactory(t -> {
            var row = new TableRow<StorageEntry>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.enter(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                vm.enter(getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE || (e.getCode() == KeyCode.UP && e.isAltDown())) {
                vm.up();
                e.consume();
            }
        });
    }

    private TableColumn<StorageEntry, StorageEntry> nameColumn() {
        var column = new TableColumn<StorageEntry, StorageEntry>("Name");
        column.setPrefWidth(360);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(StorageEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(null);
                setGraphic(empty || entry == null ? null : nameCell(entry));
            }
        });
        return column;
    }

    private static HBox nameCell(StorageEntry entry) {
        var icon = new FontIcon(entry.isDeltaTable() ? Material2MZ.TABLE_CHART
                : entry.isDirectory() ? Material2AL.FOLDER : Material2AL.INSERT_DRIVE_FILE);
        icon.getStyleClass().add(entry.isDeltaTable() ? "entry-delta" : entry.isDirectory() ? "entry-folder" : "entry-file");
        var cell = new HBox(8, icon, new Label(entry.name()));
        if (entry.isDeltaTable()) {
            var badge = new Label("Delta table");
            badge.getStyleClass().addAll("type-badge", "delta-badge");
            cell.getChildren().add(badge);
        }
        cell.setAlignment(Pos.CENTER_LEFT);
        return cell;
    }

    private static TableColumn<StorageEntry, String> column(String title, double width,
                                                            java.util.function.Function<StorageEntry, String> text) {
        var column = new TableColumn<StorageEntry, String>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
