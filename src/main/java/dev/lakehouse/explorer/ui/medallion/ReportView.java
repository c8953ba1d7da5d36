package dev.lakehouse.explorer.ui.medallion;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunSummary;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The run report: the pipeline's runs on the left; the chosen run's steps with their counts, its expectation results
 * as a table and a bar chart, and the chosen expectation's failed rows across runs as a line chart.
 */
final class ReportView extends SplitPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final ReportViewModel vm;
    private final LineageViewModel links;
    private final ZoneId zone = ZoneId.systemDefault();
    private final Label summary = new Label();
    private final StackedBarChart<String, Number> bars = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis());

    ReportView(ReportViewModel vm, LineageViewModel links, MedallionViewModel panel, ErrorPresenter errors) {
        this.vm = vm;
        this.links = links;
        var error = Banner.error(vm.error(), errors);
        error.setId("report-error");
        summary.setId("report-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        vm.shownProperty().addListener((obs, old, r) -> summary.setText(summaryOf(r)));
        summary.setText(summaryOf(vm.shownProperty().get()));
        var charts = new TabPane(chartTab("Expectations", bars, "report-bar-chart", "expectations.png", panel),
                chartTab("Trend", trend, "report-trend-chart", "expectation-trend.png", panel));
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var lower = new SplitPane(expectationsTable(), charts);
        lower.setDividerPositions(0.45);
        var body = new SplitPane(stepsTable(), lower);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.45);
        VBox.setVgrow(body, Priority.ALWAYS);
        var right = new VBox(8, error, summary, body);
        right.getStyleClass().add("report-body");
        getItems().addAll(runsList(), right);
        setDividerPositions(0.28);
        SplitPane.setResizableWithParent(getItems().get(0), false);
        vm.expectations().addListener((ListChangeListener<ExpectationOutcome>) c -> fillBars());
        vm.trend().addListener((ListChangeListener<TrendPoint>) c -> fillTrend());
        fillBars();
        fillTrend();
        getStyleClass().add("report-view");
        setId("medallion-report");
    }

    private Node runsList() {
        var list = new ListView<>(vm.runs());
        list.setId("report-runs");
        list.setPlaceholder(new Label("No runs yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RunSummary run, boolean empty) {
                super.updateItem(run, empty);
                getStyleClass().removeIf(s -> s.startsWith("run-"));
                if (empty || run == null) {
                    setText(null);
                    return;
                }
                setText((run.started() == null ? run.runId() : SHORT.format(run.started().atZone(zone))) + " · "
                        + lower(run.status()) + "\n" + run.stepsSucceeded() + " ok · " + run.stepsFailed() + " failed · "
                        + run.stepsSkipped() + " skipped" + (run.resumedFrom() == null ? "" : " · resumed"));
                setTooltip(new javafx.scene.control.Tooltip(run.runId() + (run.error() == null ? "" : "\n" + run.error())));
                getStyleClass().add("run-" + lower(run.status()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> {
            if (run != null && (vm.shownProperty().get() == null
                    || !run.runId().equals(vm.shownProperty().get().runId()))) {
                vm.open(run);
            }
        });
        var title = new Label("Runs");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(list, Priority.ALWAYS);
        var box = new VBox(6, title, list);
        box.getStyleClass().add("report-runs-pane");
        return box;
    }

    private TableView<StepReport> stepsTable() {
        var table = new TableView<>(vm.steps());
        table.setId("report-steps");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setPlaceholder(new Label("Run the pipeline, or choose a run, to see what each step did."));
        table.getColumns().add(text("Step", StepReport::name, 150));
        TableColumn<StepReport, String> status = text("Status", s -> lower(s.status()), 90);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(x -> x.startsWith("status-"));
                setText(empty ? null : item);
                if (!empty && item != null) {
                    getStyleClass().add("status-" + item);
                }
            }
        });
        table.getColumns().add(status);
        table.getColumns().add(text("Duration", s -> s.started() == null ? "" : seconds(s.durationMillis()), 80));
        table.getColumns().add(count("Read", StepReport::rowsRead));
        table.getColumns().add(count("Written", StepReport::rowsWritten));
        table.getColumns().add(count("Inserted", StepReport::rowsInserted));
        table.getColumns().add(count("Updated", StepReport::rowsUpdated));
        table.getColumns().add(count("Deleted", StepReport::rowsDeleted));
        table.getColumns().add(count("Dropped", StepReport::rowsDropped));
        table.getColumns().add(quarantineColumn());
        table.getColumns().add(count("Duplicates", StepReport::rowsDuplicates));
        table.getColumns().add(count("Files", StepReport::filesIngested));
        table.getColumns().add(text("Version", s -> s.version() == null ? "" : "v" + s.version(), 70));
        table.getColumns().add(text("Error", s -> s.error() == null ? "" : s.error(), 260));
        table.setRowFactory(t -> {
            var row = new TableRow<StepReport>();
            var open = new MenuItem("Open in Catalog at this version");
            open.setOnAction(e -> links.openStep(row.getItem()));
            var quarantine = new MenuItem("Open quarantined rows");
            quarantine.setOnAction(e -> links.openQuarantine(row.getItem()));
            row.itemProperty().addListener((obs, old, s) -> {
                row.setContextMenu(s == null ? null : new ContextMenu(open, quarantine));
                quarantine.setDisable(s == null || s.rowsQuarantined() == 0);
            });
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    links.openStep(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            StepReport s = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                links.openStep(s);
                e.consume();
            }
        });
        return table;
    }

    private TableColumn<StepReport, StepReport> quarantineColumn() {
        var col = new TableColumn<StepReport, StepReport>("Quarantined");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(StepReport s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                setGraphic(null);
                if (empty || s == null) {
                    return;
                }
                if (s.rowsQuarantined() > 0) {
                    var link = new Hyperlink(String.format("%,d", s.rowsQuarantined()));
                    link.setId("report-quarantine-" + s.name());
                    link.setOnAction(e -> links.openQuarantine(s));
                    setGraphic(link);
                } else {
                    setText("0");
                }
            }
        });
        col.setPrefWidth(95);
        col.setSortable(false);
        return col;
    }

    private TableView<ExpectationOutcome> expectationsTable() {
        var table = new TableView<>(vm.expectations());
        table.setId("report-expectations");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setPlaceholder(new Label("This run checked no expectations."));
        table.getColumns().add(text("Step", ExpectationOutcome::step, 120));
        table.getColumns().add(text("Expectation", ExpectationOutcome::name, 130));
        table.getColumns().add(text("Action", e -> lower(e.action()), 85));
        table.getColumns().add(count("Passed", ExpectationOutcome::passed));
        table.getColumns().add(count("Failed", ExpectationOutcome::failed));
        table.getColumns().add(text("Failed %", e -> String.format("%.1f %%", 100 * e.failedShare()), 75));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                vm.selectedExpectationProperty().set(e);
            }
        });
        vm.selectedExpectationProperty().addListener((obs, old, e) -> {
            if (e != null && table.getSelectionModel().getSelectedItem() != e) {
                table.getSelectionModel().select(e);
            }
        });
        return table;
    }

    private Tab chartTab(String title, XYChart<String, Number> chart, String id, String file,
                         MedallionViewModel panel) {
        chart.setId(id);
        chart.setAnimated(false);
        chart.getStyleClass().add("report-chart");
        var save = PngSave.button(id + "-save", chart, file, panel);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(spacer, save);
        var pane = new BorderPane(chart);
        pane.setTop(bar);
        return new Tab(title, pane);
    }

    private void fillBars() {
        var passed = new XYChart.Series<String, Number>();
        passed.setName("Passed");
        var failed = new XYChart.Series<String, Number>();
        failed.setName("Failed");
        for (ExpectationOutcome e : vm.expectations()) {
            passed.getData().add(new XYChart.Data<>(e.key(), e.passed()));
            failed.getData().add(new XYChart.Data<>(e.key(), e.failed()));
        }
        bars.setTitle("Rows per expectation, this run");
        bars.getData().setAll(java.util.List.of(passed, failed));
    }

    private void fillTrend() {
        var series = new XYChart.Series<String, Number>();
        ExpectationOutcome e = vm.selectedExpectationProperty().get();
        series.setName(e == null ? "Failed rows" : "Failed rows of " + e.key());
        for (TrendPoint p : vm.trend()) {
            String x = (p.started() == null ? p.runId() : SHORT.format(p.started().atZone(zone)))
                    + " (" + p.runId().substring(0, Math.min(6, p.runId().length())) + ")";
            series.getData().add(new XYChart.Data<>(x, p.failed()));
        }
        trend.setTitle(e == null ? "Choose an expectation to see its trend" : "Failed rows per run: " + e.key());
        trend.getData().setAll(java.util.List.of(series));
    }

    private String summaryOf(RunReport r) {
        if (r == null) {
            return "No run to show.";
        }
        String when = r.started() == null ? "" : " · started " + WHEN.format(r.started().atZone(zone));
        String took = r.ended() == null ? "" : " · " + seconds(r.durationMillis());
        String options = (r.fullRefresh() ? " · full refresh" : "")
                + (r.resumedFrom() == null ? "" : " · resumed " + r.resumedFrom());
        return "Run " + r.runId() + " · " + lower(r.status()) + when + took + options
                + (r.error() == null ? "" : "\n" + r.error());
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        var col = new TableColumn<T, String>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private static <T> TableColumn<T, Number> count(String title, ToLongFunction<T> value) {
        var col = new TableColumn<T, Number>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : String.format("%,d", n.longValue()));
            }
        });
        col.getStyleClass().add("count-column");
        col.setPrefWidth(82);
        return col;
    }

    static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static String lower(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(Locale.ROOT);
    }
}
