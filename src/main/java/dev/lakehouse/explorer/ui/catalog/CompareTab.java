package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowChange;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;

/** "Compare versions": versions and key columns on the left; the schema diff, counts and differing rows. */
final class CompareTab extends HBox {
    private final CompareViewModel vm;
    private final TableView<RowChange> grid = new TableView<>();

    CompareTab(CompareViewModel vm, ErrorPresenter errors) {
        super(16);
        this.vm = vm;
        var result = new VBox(8, Banner.error(vm.error(), errors), summary(), schemaChanges(), grid);
        HBox.setHgrow(result, Priority.ALWAYS);
        grid.setId("table-diff-grid");
        grid.setItems(vm.diffRows());
        grid.getStyleClass().addAll(Styles.DENSE, "diff-grid");
        grid.setPlaceholder(new Label("Run a comparison to see the rows that differ."));
        VBox.setVgrow(grid, Priority.ALWAYS);
        vm.diffColumns().addListener((ListChangeListener<String>) c -> rebuildColumns());
        getChildren().addAll(controls(), result);
        getStyleClass().addAll("table-tab", "compare-tab");
    }

    private VBox controls() {
        var from = versionBox("table-compare-from", vm.fromVersionProperty());
        var to = versionBox("table-compare-to", vm.toVersionProperty());
        var keys = new CheckList(vm.columns(), vm.keyColumns());
        keys.setId("table-compare-keys");
        var hint = new Label();
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.textProperty().bind(vm.keyHintProperty());
        var run = new Button("Run", new FontIcon(Material2MZ.PLAY_ARROW));
        run.setId("table-compare-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());
        var cancel = new Button("Cancel", new FontIcon(Material2MZ.STOP));
        cancel.setId("table-compare-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        var box = new VBox(8, label("From version"), from, label("To version"), to,
                label("Key columns (identify a row across versions)"), keys, hint, new HBox(8, run, cancel));
        box.setPrefWidth(260);
        box.setMinWidth(Region.USE_PREF_SIZE); // a wide diff grid must not squeeze the labels into "…"
        return box;
    }

    private ComboBox<Long> versionBox(String id, ObjectProperty<Long> value) {
        var box = new ComboBox<>(vm.versions());
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private Label summary() {
        var summary = new Label();
        summary.setId("table-compare-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        return summary;
    }

    private ListView<String> schemaChanges() {
        var list = new ListView<>(vm.schemaChanges());
        list.setId("table-compare-schema");
        list.getStyleClass().addAll(Styles.DENSE, "schema-changes");
        list.setPrefHeight(90);
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.schemaChanges()));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    private void rebuildColumns() {
        grid.getColumns().clear();
        var kind = new TableColumn<RowChange, String>("Change");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind().name().toLowerCase(Locale.ROOT)));
        kind.setCellFactory(c -> new KindCell());
        kind.setPrefWidth(90);
        grid.getColumns().add(kind);
        for (String column : vm.diffColumns()) {
            var col = new TableColumn<RowChange, CompareViewModel.DiffCell>(column);
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(CompareViewModel.cell(c.getValue(), column)));
            col.setCellFactory(c -> new DiffValueCell());
            col.setSortable(false);
            col.setPrefWidth(140);
            grid.getColumns().add(col);
        }
    }

    private static Label label(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    /** The change kind, coloured by the row's kind. */
    private static final class KindCell extends TableCell<RowChange, String> {
        @Override
        protected void updateItem(String kind, boolean empty) {
            super.updateItem(kind, empty);
            getStyleClass().removeAll("diff-added", "diff-removed", "diff-changed-row");
            setText(empty ? null : kind);
            if (!empty && kind != null) {
                getStyleClass().add(switch (kind) {
                    case "added" -> "diff-added";
                    case "removed" -> "diff-removed";
                    default -> "diff-changed-row";
                });
            }
        }
    }

    /** A value; a changed one reads "old → new" and carries the {@code diff-changed} style class. */
    private static final class DiffValueCell extends TableCell<RowChange, CompareViewModel.DiffCell> {
        @Override
        protected void updateItem(CompareViewModel.DiffCell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().remove("diff-changed");
            setText(empty || cell == null ? null : cell.text());
            if (!empty && cell != null && cell.changed()) {
                getStyleClass().add("diff-changed");
            }
        }
    }
}
