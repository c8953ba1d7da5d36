package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * The Schema tab: the fields as a tree (structs open into their fields), partition columns marked, generated and
 * identity columns with their expression, and the CHECK constraints below.
 */
final class SchemaTab extends VBox {
    private final SchemaTabViewModel vm;
    private final TreeTableView<SchemaField> tree = new TreeTableView<>(new TreeItem<>());

    SchemaTab(SchemaTabViewModel vm, ErrorPresenter errors) {
        super(8);
        this.vm = vm;
        var error = Banner.error(vm.error(), errors);
        tree.setId("table-schema");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getStyleClass().add(Styles.DENSE);
        tree.getColumns().setAll(List.of(
                column("Column", 200, f -> f.name() + (isTopLevelPartition(f) ? "  ◆ partition" : "")),
                column("Type", 180, SchemaField::type),
                column("Nullable", 95, f -> f.nullable() ? "yes" : "no"),
                column("Comment", 180, f -> f.comment() == null ? "" : f.comment()),
                column("Physical name", 160, f -> f.physicalName() == null ? "" : f.physicalName()),
                column("Generated", 220, SchemaTabViewModel::generatedAs)));
        tree.setPlaceholder(new Label("No schema"));
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.fields().addListener((ListChangeListener<SchemaField>) c -> rebuild());
        vm.partitionColumns().addListener((ListChangeListener<String>) c -> tree.refresh());
        getChildren().addAll(error, tree, constraints());
        getStyleClass().add("table-tab");
        rebuild();
    }

    private boolean isTopLevelPartition(SchemaField field) {
        return vm.fields().contains(field) && vm.isPartitionColumn(field.name());
    }

    private void rebuild() {
        var root = tree.getRoot();
        root.getChildren().setAll(vm.fields().stream().map(SchemaTab::item).toList());
    }

    private static TreeItem<SchemaField> item(SchemaField field) {
        var item = new TreeItem<>(field);
        item.getChildren().setAll(field.children().stream().map(SchemaTab::item).toList());
        item.setExpanded(field.children().size() <= 12); // open small structs; wide ones stay one line
        return item;
    }

    private static TreeTableColumn<SchemaField, String> column(String title, double width,
                                                               Function<SchemaField, String> value) {
        var col = new TreeTableColumn<SchemaField, String>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : value.apply(c.getValue().getValue())));
        return col;
    }

    private VBox constraints() {
        var title = new Label("CHECK constraints");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        var table = new TableView<>(vm.constraints());
        table.setId("table-constraints");
        table.getStyleClass().add(Styles.DENSE);
        var name = new TableColumn<SchemaTabViewModel.Constraint, String>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(200);
        var expr = new TableColumn<SchemaTabViewModel.Constraint, String>("Condition");
        expr.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().expression()));
        expr.setPrefWidth(500);
        table.getColumns().setAll(List.of(name, expr));
        table.setPrefHeight(120);
        var box = new VBox(6, title, table);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.constraints()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
