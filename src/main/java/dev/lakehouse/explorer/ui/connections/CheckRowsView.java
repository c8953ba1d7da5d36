package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** "Test connection"'s outcome: a progress line while it runs, then one row per check with ✓ or ✗. */
final class CheckRowsView extends VBox {
    private final VBox rows = new VBox(6);

    CheckRowsView(ConnectionTestViewModel vm, ErrorPresenter errors) {
        var spinner = new ProgressIndicator(-1);
        spinner.getStyleClass().add("status-spinner");
        spinner.visibleProperty().bind(vm.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        var summary = new Label();
        summary.setId("connection-test-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(Bindings.when(vm.runningProperty().and(vm.progressProperty().isNotEmpty()))
                .then(vm.progressProperty()).otherwise(vm.summaryProperty()));
        var head = new HBox(8, spinner, summary);
        head.setAlignment(Pos.CENTER_LEFT);
        rows.setId("connection-checks");
        var error = Banner.error(vm.error(), errors);
        error.setId("connection-test-error");
        vm.rows().addListener((ListChangeListener<CheckRow>) c -> rows.getChildren().setAll(
                vm.rows().stream().map(CheckRowsView::row).toList()));
        getChildren().addAll(head, rows, error);
        setSpacing(10);
        getStyleClass().add("check-rows");
        visibleProperty().bind(vm.summaryProperty().isNotEmpty().or(vm.runningProperty())
                .or(vm.error().textProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }

    private static HBox row(CheckRow check) {
        var icon = new FontIcon(check.ok() ? Material2AL.CHECK_CIRCLE : Material2AL.CANCEL);
        icon.getStyleClass().add(check.ok() ? "check-ok" : "check-failed");
        var label = new Label(check.label());
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(150);
        var message = new Label(check.message());
        message.setWrapText(true);
        message.getStyleClass().add(check.ok() ? Styles.TEXT_MUTED : Styles.DANGER);
        HBox.setHgrow(message, Priority.ALWAYS);
        var row = new HBox(10, icon, label, message);
        row.getStyleClass().addAll("check-row", check.ok() ? "ok" : "failed");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
