package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.ExportFormat;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import dev.lakehouse.explorer.ui.common.ResultGrid;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;

/** The Data tab: a filter, the row count, Export, and the rows (sortable by header click, in Spark). */
final class DataTab extends VBox {
    private final DataTabViewModel vm;

    DataTab(DataTabViewModel vm, ErrorPresenter errors) {
        super(8);
        this.vm = vm;
        var error = Banner.error(vm.error(), errors);
        error.setId("table-data-error");
        var exportError = Banner.error(vm.export().error(), errors);
        var exportNotice = Banner.success(vm.export().noticeProperty(), vm.export()::clearMessages);
        exportNotice.setId("table-export-notice");
        var grid = new ResultGrid(vm.columns(), vm.rows(), vm.hasMoreProperty(), vm.loadingProperty(), vm::loadMore);
        grid.table().setId("table-data");
        var loadMore = grid.lookup("#sql-load-more");
        if (loadMore != null) {
            loadMore.setId("table-data-load-more"); // one id per panel: both panels may share a scene one day
        }
        ServerSort.install(grid.table(), vm.columns(), vm);
        VBox.setVgrow(grid, Priority.ALWAYS);
        var status = new Label();
        status.setId("table-data-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(toolbar(), error, exportNotice, exportError, grid, status);
        getStyleClass().add("table-tab");
        vm.export().overwritePendingProperty().addListener((obs, old, target) -> {
            if (target != null) {
                Dialogs.confirm(this, "Replace " + target.getFileName() + "?", target + " exists. Export over it?",
                        "Replace", vm.export()::confirmOverwrite, vm.export()::cancelOverwrite);
            }
        });
    }

    private HBox toolbar() {
        var filter = new TextField();
        filter.setId("table-filter");
        filter.setPromptText("Filter: a SQL condition, e.g. amount > 100 AND country = 'NL'");
        filter.setTooltip(new Tooltip("A SQL condition over the columns; Enter applies it (Spark runs the query)"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setOnAction(e -> vm.applyFilter());
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMinWidth(240); // a long count message must not squeeze the filter away
        var clear = new Button(null, new FontIcon(Material2AL.CLEAR));
        clear.setId("table-filter-clear");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(new Tooltip("Remove the filter"));
        clear.disableProperty().bind(vm.appliedFilterProperty().isEmpty().and(vm.filterProperty().isEmpty()));
        clear.setOnAction(e -> vm.clearFilter());

        var count = new Label();
        count.setId("table-row-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(vm.count().textProperty());
        count.setMaxWidth(280);
        count.setTooltip(new Tooltip());
        count.getTooltip().textProperty().bind(vm.count().textProperty());
        var cancelCount = new Button(null, new FontIcon(Material2MZ.STOP));
        cancelCount.setId("table-count-cancel");
        cancelCount.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancelCount.setTooltip(new Tooltip("Stop counting"));
        cancelCount.visibleProperty().bind(vm.count().countingProperty());
        cancelCount.managedProperty().bind(cancelCount.visibleProperty());
        cancelCount.setOnAction(e -> vm.count().cancel());

        var csv = new MenuItem("CSV file…");
        csv.setOnAction(e -> chooseExport(ExportFormat.CSV));
        var parquet = new MenuItem("Parquet file…");
        parquet.setOnAction(e -> chooseExport(ExportFormat.PARQUET));
        var export = new MenuButton("Export", new FontIcon(Material2MZ.SAVE_ALT), csv, parquet);
        export.setId("table-export");
        export.setTooltip(new Tooltip("Write the rows this tab shows (version, sort and filter) to a file"));
        export.disableProperty().bind(vm.export().runningProperty());
        export.setMinWidth(Region.USE_PREF_SIZE);

        var bar = new HBox(8, filter, clear, count, cancelCount, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void chooseExport(ExportFormat format) {
        String ext = format.name().toLowerCase(Locale.ROOT);
        var chooser = new FileChooser();
        chooser.setTitle("Export to " + format.name());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name() + " file", "*." + ext));
        chooser.setInitialFileName("export." + ext);
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            // The file chooser may have asked about replacing already; the engine never overwrites, so we ask too.
            vm.export().export(file.toPath(), format);
        }
    }
}
