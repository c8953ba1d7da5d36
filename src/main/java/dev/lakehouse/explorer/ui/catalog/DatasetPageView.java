package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import dev.lakehouse.explorer.ui.common.ResultGrid;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** A read-only dataset: its first rows, and "Convert to Delta" where that is possible. */
final class DatasetPageView extends VBox {
    private final DatasetPageViewModel vm;

    DatasetPageView(DatasetPageViewModel vm, ErrorPresenter errors) {
        super(10);
        this.vm = vm;
        var error = Banner.error(vm.error(), errors);
        error.setId("dataset-error");
        var grid = new ResultGrid(vm.columns(), vm.rows(), new SimpleBooleanProperty(false), vm.busyProperty(), () -> { });
        grid.table().setId("dataset-rows");
        VBox.setVgrow(grid, Priority.ALWAYS);
        var status = new Label();
        status.setId("dataset-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(header(), error, grid, status);
        getStyleClass().add("table-page");
        vm.convertAskedProperty().addListener((obs, was, asked) -> {
            if (asked) {
                askConvert();
            }
        });
    }

    private HBox header() {
        var title = new Label(vm.title());
        title.setId("dataset-title");
        title.getStyleClass().add(Styles.TITLE_3);
        var kind = new Label(vm.kindText());
        kind.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var titles = new VBox(2, title, kind);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var convert = new Button("Convert to Delta…", new FontIcon(Material2MZ.TRANSFORM));
        convert.setId("dataset-convert");
        convert.setTooltip(new Tooltip("Make this a Delta table: history, time travel, MERGE and maintenance"));
        convert.setVisible(vm.conversion() != DatasetPageViewModel.Conversion.NONE);
        convert.managedProperty().bind(convert.visibleProperty());
        convert.disableProperty().bind(vm.busyProperty());
        convert.setOnAction(e -> vm.askConvert());
        var row = new HBox(12, titles, spacer, convert);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("table-page-header");
        return row;
    }

    private void askConvert() {
        if (vm.conversion() == DatasetPageViewModel.Conversion.COPY) {
            String suggested = Dialogs.nameFrom(java.nio.file.Path.of(vm.title()).getFileName().toString());
            Dialogs.askName(this, "Convert to Delta", vm.convertQuestion(), vm.schemaNames(), suggested,
                    vm::confirmConvert, vm::dismissConvert);
        } else {
            Dialogs.confirm(this, "Convert to Delta?", vm.convertQuestion(), "Convert",
                    () -> vm.confirmConvert(null, null), vm::dismissConvert);
        }
    }
}
