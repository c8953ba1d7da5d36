package dev.lakehouse.explorer.ui.medallion;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The run options: full refresh, and each parameter's value for the next run (the spec's default to begin with). */
final class RunOptionsView extends VBox {

    RunOptionsView(RunViewModel vm) {
        var full = new CheckBox("Full refresh: recompute every step from all of its input");
        full.setId("run-full-refresh");
        full.selectedProperty().bindBidirectional(vm.fullRefreshProperty());
        full.setTooltip(new Tooltip("Bronze re-reads every file; silver and gold are rebuilt"));
        var table = new TableView<>(vm.params());
        table.setId("run-params");
        table.setEditable(true);
        table.setPrefHeight(140);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setPlaceholder(new Label("The spec declares no parameters."));
        var name = new TableColumn<ParamRow, String>("Parameter");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setEditable(false);
        var value = new TableColumn<ParamRow, String>("Value for this run");
        value.setCellValueFactory(c -> c.getValue().valueProperty());
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setOnEditCommit(e -> e.getRowValue().valueProperty().set(e.getNewValue()));
        var def = new TableColumn<ParamRow, String>("Default");
        def.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().defaultValue()));
        def.setEditable(false);
        name.prefWidthProperty().bind(table.widthProperty().multiply(0.25));
        value.prefWidthProperty().bind(table.widthProperty().multiply(0.45));
        def.prefWidthProperty().bind(table.widthProperty().multiply(0.28));
        table.getColumns().add(name);
        table.getColumns().add(value);
        table.getColumns().add(def);
        var reset = new Button("Defaults");
        reset.setId("run-params-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> {
            vm.resetParams();
            table.refresh();
        });
        reset.disableProperty().bind(Bindings.isEmpty(vm.params()));
        var title = new Label("Run options");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, title, spacer, reset), full, table);
        setSpacing(8);
        getStyleClass().add("run-options");
    }
}
