package dev.lakehouse.explorer.ui.sql;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import dev.lakehouse.explorer.ui.common.ResultGrid;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
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

/** The SQL panel: a toolbar, the editor above, and the result (or the error) below. */
public final class SqlView extends BorderPane {
    private final SqlViewModel vm;
    private final SqlEditor editor;
    private final Timeline ticker = new Timeline();
    private long runStartedAt;

    public SqlView(SqlViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.editor = new SqlEditor(vm.textProperty());
        vm.selectionProperty().bind(editor.selectedTextProperty());
        var error = Banner.error(vm.error(), errors);
        error.setId("sql-error");
        var results = new VBox(error, resultArea(), statusLine());
        results.getStyleClass().add("sql-results-pane");
        var split = new SplitPane(editor, results);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setTop(toolbar());
        setCenter(split);
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

        var hint = new Label("Statements separated by ; run in order — the last one's result shows below.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.visibleProperty().bind(blocked.visibleProperty().not()); // the reason matters more than the tip
        hint.managedProperty().bind(hint.visibleProperty());
        hint.setMinWidth(0);
        blocked.setMinWidth(0);
        run.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, run, cancel, blocked, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("panel-toolbar");
        return bar;
    }

    private StackPane resultArea() {
        var grid = new ResultGrid(vm.columns(), vm.rows(), vm.hasMoreProperty(), vm.loadingMoreProperty(), vm::loadMore);
        grid.table().setId("sql-results");
        grid.visibleProperty().bind(Bindings.isNotEmpty(vm.columns()));

        var empty = new Label();
        empty.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
        empty.textProperty().bind(Bindings.createStringBinding(this::emptyText,
                vm.statementOkProperty(), vm.runningProperty(), vm.error().textProperty(), vm.statusProperty()));
        empty.graphicProperty().bind(Bindings.createObjectBinding(() -> vm.statementOkProperty().get()
                ? styled(new FontIcon(Material2AL.CHECK_CIRCLE), Styles.SUCCESS) : new FontIcon(Material2MZ.TABLE_CHART),
                vm.statementOkProperty()));
        empty.visibleProperty().bind(grid.visibleProperty().not());
        var area = new StackPane(grid, empty);
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    private String emptyText() {
        if (vm.runningProperty().get()) {
            return "Running…";
        }
        if (vm.statementOkProperty().get()) {
            return "Statement OK";
        }
        if (!vm.error().text().isEmpty()) {
            return "No result";
        }
        return "Run a query to see its result here.";
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

    private static FontIcon styled(FontIcon icon, String styleClass) {
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
