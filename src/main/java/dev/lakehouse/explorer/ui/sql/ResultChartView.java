package dev.lakehouse.explorer.ui.sql;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.sql.Column;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Consumer;

/** A result as a bar, line or scatter chart over the X and Y the user picks, with a note on what it shows. */
final class ResultChartView extends VBox {
    private final ChartViewModel vm;
    private final StackPane plot = new StackPane();
    private XYChart<?, ?> chart;

    ResultChartView(ChartViewModel vm, ActiveIds ids, Consumer<Node> saveAsPng) {
        this.vm = vm;
        var kind = new ComboBox<>(FXCollections.observableArrayList(ChartKind.values()));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        var x = columnChoice(vm.xChoices());
        x.valueProperty().bindBidirectional(vm.xProperty());
        var y = columnChoice(vm.yChoices());
        y.valueProperty().bindBidirectional(vm.yProperty());
        var save = new Button("Save as PNG", new FontIcon(Material2MZ.SAVE_ALT));
        save.setTooltip(new Tooltip("Save the chart as it shows as a PNG image"));
        save.getStyleClass().add(Styles.FLAT);
        save.setOnAction(e -> {
            if (chart != null) {
                saveAsPng.accept(chart);
            }
        });
        save.disableProperty().bind(vm.dataProperty().isEqualTo(ChartSeries.Data.EMPTY));
        var note = new Label();
        note.textProperty().bind(vm.noteProperty());
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "chart-note");
        note.setWrapText(true);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, new Label("Chart"), kind, new Label("X"), x, new Label("Y"), y, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().addAll(bar, note, plot);
        setSpacing(6);
        getStyleClass().add("result-chart");
        ids.add(kind, "sql-chart-type");
        ids.add(x, "sql-chart-x");
        ids.add(y, "sql-chart-y");
        ids.add(save, "sql-chart-save");
        ids.add(note, "sql-chart-note");
        ids.add(plot, "sql-chart");
        vm.dataProperty().addListener((obs, old, data) -> draw(data));
        draw(vm.dataProperty().get());
    }

    private static ComboBox<Column> columnChoice(javafx.collections.ObservableList<Column> choices) {
        var box = new ComboBox<>(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Column c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Column fromString(String s) {
                return null;
            }
        });
        box.setPrefWidth(160);
        return box;
    }

    private void draw(ChartSeries.Data data) {
        if (data.points().isEmpty()) {
            chart = null;
            plot.getChildren().clear();
            return;
        }
        chart = data.numericX() ? numberChart(data) : categoryChart(data);
        chart.setAnimated(false); // animation on thousands of points costs seconds and shows nothing new
        chart.setLegendVisible(false);
        chart.getXAxis().setLabel(vm.xProperty().get().name());
        chart.getYAxis().setLabel(vm.yProperty().get().name());
        plot.getChildren().setAll(chart);
    }

    private XYChart<?, ?> numberChart(ChartSeries.Data data) {
        var series = new XYChart.Series<Number, Number>();
        data.points().forEach(p -> series.getData().add(new XYChart.Data<>((Number) p.x(), p.y())));
        var xAxis = new NumberAxis();
        xAxis.setForceZeroInRange(false);
        XYChart<Number, Number> c = vm.kindProperty().get() == ChartKind.SCATTER
                ? new ScatterChart<>(xAxis, yAxis(false)) : line(new LineChart<>(xAxis, yAxis(false)));
        c.getData().add(series);
        return c;
    }

    private XYChart<?, ?> categoryChart(ChartSeries.Data data) {
        var series = new XYChart.Series<String, Number>();
        data.points().forEach(p -> series.getData().add(new XYChart.Data<>((String) p.x(), p.y())));
        var xAxis = new CategoryAxis();
        XYChart<String, Number> c = switch (vm.kindProperty().get()) {
            case BAR -> new BarChart<>(xAxis, yAxis(true));
            case LINE -> line(new LineChart<>(xAxis, yAxis(false)));
            case SCATTER -> new ScatterChart<>(xAxis, yAxis(false));
        };
        c.getData().add(series);
        return c;
    }

    private static <X> LineChart<X, Number> line(LineChart<X, Number> c) {
        c.setCreateSymbols(false);
        return c;
    }

    /** Bars start at zero, or their lengths would lie; lines and points may zoom in on their range. */
    private static Axis<Number> yAxis(boolean fromZero) {
        var axis = new NumberAxis();
        axis.setForceZeroInRange(fromZero);
        return axis;
    }
}
