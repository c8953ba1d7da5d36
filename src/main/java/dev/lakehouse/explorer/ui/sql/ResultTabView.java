package dev.lakehouse.explorer.ui.sql;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.ResultGrid;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Consumer;

/** One result tab's content: the rows as a grid or a chart, switched by a toggle; "Statement OK" after DDL. */
final class ResultTabView extends BorderPane {
    private final ResultTabViewModel vm;
    private final ActiveIds ids = new ActiveIds();
    private final StackPane body = new StackPane();
    private final Consumer<Node> saveAsPng;
    private ResultGrid grid;
    private ResultChartView chart;

    ResultTabView(ResultTabViewModel vm, Consumer<Node> saveAsPng) {
        this.vm = vm;
        this.saveAsPng = saveAsPng;
        getStyleClass().add("result-tab");
        if (!vm.hasColumns()) {
            var ok = new Label("Statement OK", styled(new FontIcon(Material2AL.CHECK_CIRCLE), Styles.SUCCESS));
            ok.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
            setCenter(ok);
            return;
        }
        grid = new ResultGrid(vm.columns(), vm.rows(), vm.hasMoreProperty(), vm.loadingMoreProperty(), vm::loadMore);
        ids.add(grid.table(), "sql-results");
        ids.add(grid.lookup("#sql-load-more"), "sql-load-more"); // ResultGrid names its button itself
        setTop(modeBar());
        setCenter(body);
        vm.modeProperty().addListener((obs, old, mode) -> showMode(mode));
        showMode(vm.modeProperty().get());
    }

    /** Gives this tab's nodes their ids while it is the selected one. */
    void setActive(boolean active) {
        ids.apply(active);
    }

    private HBox modeBar() {
        var group = new ToggleGroup();
        var asGrid = toggle("Grid", new FontIcon(Material2MZ.TABLE_CHART), group, ResultMode.GRID);
        var asChart = toggle("Chart", new FontIcon(Material2AL.BAR_CHART), group, ResultMode.CHART);
        asChart.setTooltip(new Tooltip("Chart the rows loaded so far"));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                vm.modeProperty().set((ResultMode) now.getUserData());
            }
        });
        vm.modeProperty().addListener((obs, old, mode) -> (mode == ResultMode.CHART ? asChart : asGrid).setSelected(true));
        ids.add(asGrid, "sql-grid-toggle");
        ids.add(asChart, "sql-chart-toggle");
        var bar = new HBox(asGrid, asChart);
        bar.getStyleClass().add("result-mode-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ToggleButton toggle(String text, FontIcon icon, ToggleGroup group, ResultMode mode) {
        var b = new ToggleButton(text, icon);
        b.setToggleGroup(group);
        b.setUserData(mode);
        b.setSelected(vm.modeProperty().get() == mode);
        b.getStyleClass().add(mode == ResultMode.GRID ? Styles.LEFT_PILL : Styles.RIGHT_PILL);
        b.setFocusTraversable(false);
        return b;
    }

    private void showMode(ResultMode mode) {
        if (mode == ResultMode.CHART && chart == null) {
            chart = new ResultChartView(vm.chart(), ids, saveAsPng); // built on first use: most results stay grids
            ids.apply(grid.table().getId() != null);
        }
        body.getChildren().setAll(mode == ResultMode.CHART ? chart : grid);
    }

    private static FontIcon styled(FontIcon icon, String styleClass) {
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
