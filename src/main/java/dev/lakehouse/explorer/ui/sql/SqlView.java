package dev.lakehouse.explorer.ui.sql;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import dev.lakehouse.explorer.ui.common.NodeSnapshot;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The SQL panel: a toolbar, the editor above, the result tabs (or the error) below, and the history beside them
 * when it is shown.
 */
public final class SqlView extends BorderPane {
    private final SqlViewModel vm;
    private final SqlEditor editor;
    private final SaveDialogs dialogs;
    private final SplitPane sides;
    private final HistoryView history;
    private final Timeline ticker = new Timeline();
    private long runStartedAt;

    public SqlView(SqlViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.editor = new SqlEditor(vm.textProperty(), vm.completion());
        this.dialogs = new SaveDialogs(this, vm.export());
        vm.selectionProperty().bind(editor.selectedTextProperty());
        var error = Banner.error(vm.error(), errors);
        error.setId("sql-error");
        var notice = Banner.success(vm.export().noticeProperty(), vm.export()::clearNotice);
        notice.setId("sql-notice");
        var results = new VBox(error, notice, resultArea(), statusLine());
        results.getStyleClass().add("sql-results-pane");
        var split = new SplitPane(editor, results);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        history = new HistoryView(vm.history(), editor::requestFocus);
        sides = new SplitPane(split);
        vm.history().visibleProperty().addListener((obs, was, visible) -> showHistory(visible));
        setTop(toolbar());
        setCenter(sides);
        getStyleClass().add("sql-view");
    }

    /** Puts the caret in the editor, e.g. when the panel is shown. */
    public void focusEditor() {
        editor.requestFocus();
    }

    private HBox toolbar() {
        var run = new Button("Run", new FontIcon(Material2MZ.PLAY_ARROW));
        run.setId("sql-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(false);
        run.setTooltip(new Tooltip("Run the selection, or everything (Ctrl+Enter)"));
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());

        var cancel = new Button("Cancel", new FontIcon(Material2MZ.STOP));
        cancel.setId("sql-cancel");
        cancel.setTooltip(new Tooltip("Cancel the running query (Esc)"));
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());

        var blocked = new Label();
        blocked.setId("sql-blocked-reason");
        blocked.textProperty().bind(vm.runBlockedReasonProperty());
        blocked.setGraphic(new FontIcon(Material2AL.INFO));
        blocked.getStyleClass().addAll(Styles.TEXT_MUTED, "sql-blocked");
        blocked.visibleProperty().bind(vm.runBlockedReasonProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());

        var hint = new Label("Statements separated by ; run in order; the last one's result opens in a tab. "
                + "Ctrl+Space completes names.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.visibleProperty().bind(blocked.visibleProperty().not()); // the reason matters more than the tip
        hint.managedProperty().bind(hint.visibleProperty());
        hint.setMinWidth(0);
        blocked.setMinWidth(0);

        var export = new Button("Export…", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("sql-export");
        export.setTooltip(new Tooltip("Write the selected result, all of it, to a CSV or Parquet file"));
        export.disableProperty().bind(vm.canExportProperty().not());
        export.setOnAction(e -> dialogs.chooseExportTarget(vm.tabs().selectedProperty().get())
                .ifPresent(vm::exportSelected));

        var showHistory = new ToggleButton("History", new FontIcon(Material2AL.HISTORY));
        showHistory.setId("sql-history-toggle");
        showHistory.setTooltip(new Tooltip("Show past queries (Ctrl+Shift+H)"));
        showHistory.selectedProperty().bindBidirectional(vm.history().visibleProperty());
        for (Region r : new Region[] {run, cancel, export, showHistory}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, run, cancel, blocked, hint, spacer, export, showHistory);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("panel-toolbar");
        return bar;
    }

    private StackPane resultArea() {
        var tabs = new ResultTabsView(vm.tabs(), this::saveChart);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(vm.tabs().list()));
        var empty = new Label();
        empty.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
        empty.setGraphic(new FontIcon(Material2MZ.TABLE_CHART));
        empty.textProperty().bind(Bindings.createStringBinding(() -> vm.runningProperty().get() ? "Running…"
                : !vm.error().text().isEmpty() ? "No result" : "Run a query to see its result here.",
                vm.runningProperty(), vm.error().textProperty()));
        empty.visibleProperty().bind(tabs.visibleProperty().not());
        var area = new StackPane(tabs, empty);
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    private void saveChart(Node chart) {
        dialogs.choosePngTarget().ifPresent(target -> vm.export().savePng(NodeSnapshot.pixels(chart), target));
    }

    private void showHistory(boolean visible) {
        if (visible && !sides.getItems().contains(history)) {
            sides.getItems().add(history);
            sides.setDividerPositions(0.74);
        } else if (!visible) {
            sides.getItems().remove(history);
        }
    }

    private HBox statusLine() {
        var spinner = new ProgressIndicator(-1);
        spinner.getStyleClass().add("status-spinner");
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(vm.busyProperty());
        var status = new Label();
        status.setId("sql-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        var running = new Label();
        running.getStyleClass().add(Styles.TEXT_MUTED);
        running.visibleProperty().bind(vm.runningProperty());
        ticker.getKeyFrames().setAll(new KeyFrame(Duration.millis(100), e -> running.setText(
                ValueFormat.duration(System.currentTimeMillis() - runStartedAt))));
        ticker.setCycleCount(Animation.INDEFINITE);
        vm.runningProperty().addListener((obs, was, is) -> tick(is, running));
        var line = new HBox(8, spinner, status, running);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("sql-status-line");
        return line;
    }

    private void tick(boolean running, Label label) {
        if (running) {
            runStartedAt = System.currentTimeMillis();
            label.setText("");
            ticker.playFromStart();
        } else {
            ticker.stop();
        }
    }
}
