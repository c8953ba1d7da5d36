package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.logging.LogLine;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.chart.BarChart;
import javafx.scene.layout.StackPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole user flows through the real window, on the fake engine, headless. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private final FakeEngine engine = FakeEngine.ready();
    private final Preferences prefs = Preferences.userRoot().node("lakehouse-explorer-test-" + UUID.randomUUID());
    private final Path workspace = tempDir(); // the query history goes here
    private FxTaskRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        engine.workspace = workspace;
        runner = new FxTaskRunner(engine.jobs());
        window = DesktopApp.build(stage, engine, runner, prefs);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        runner.close();
        prefs.removeNode();
        try (var files = Files.walk(workspace)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("lakehouse-ui-ws");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void runsAQueryWithCtrlEnterAndShowsItsRows(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sql");
        robot.clickOn("#sql-editor");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("SELECT * FROM range(450)");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        // the grid comes with the result's tab, once the query is done
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sql-results").tryQuery().isPresent());
        TableView<?> grid = robot.lookup("#sql-results").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> grid.getItems().size() == 200);
        assertThat(engine.sql.executed).containsExactly("SELECT * FROM range(450)");
        assertThat(grid.getItems().get(0)).isEqualTo(List.of(0L));
        assertThat(text(robot, "#sql-status")).isEqualTo("200 rows loaded, more available · 12 ms");

        robot.clickOn("#sql-load-more");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> grid.getItems().size() == 400);
    }

    @Test
    void aBadStatementShowsTheInlineError(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sql");
        robot.interact(() -> window.sql().textProperty().set("SELEC nothing"));
        robot.clickOn("#sql-run");

        Node banner = robot.lookup("#sql-error").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, banner::isVisible);
        assertThat(robot.lookup(".banner-text").queryAs(Label.class).getText()).contains("PARSE_SYNTAX_ERROR");
        assertThat(text(robot, "#sql-status")).isEqualTo("Query failed");
    }

    @Test
    void escapeCancelsARunningQuery(FxRobot robot) throws Exception {
        engine.sql.hold();
        robot.clickOn("#nav-sql");
        robot.interact(() -> window.sql().textProperty().set("SELECT * FROM range(10)"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#sql-cancel").queryButton().isDisabled());
        assertThat(robot.lookup("#task-centre").queryAs(javafx.scene.layout.HBox.class).getChildren()).hasSize(1);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Query cancelled".equals(text(robot, "#sql-status")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine.cancelledJobs.size() == 1);
        assertThat(robot.lookup("#sql-run").queryButton().isDisabled()).isFalse();
    }

    @Test
    void createsTheSampleLakehouseFromHome(FxRobot robot) throws Exception {
        Button create = robot.lookup("#home-create-sample").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> create.isVisible() && !create.isDisabled());
        assertThat(create.getText()).isEqualTo("Create sample lakehouse");

        robot.clickOn("#home-create-sample");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.home().hasSampleTablesProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.getText()).isEqualTo("Reload sample lakehouse");
        assertThat(robot.lookup(".schema-card").queryAll()).hasSize(2);
    }

    @Test
    void shortcutsSwitchPanelsToggleTheLogAndTheTheme(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(window.shell().panelProperty().get()).isEqualTo(Panel.CATALOG);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(window.shell().panelProperty().get()).isEqualTo(Panel.SQL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(window.shell().panelProperty().get()).isEqualTo(Panel.HOME);

        engine.logs.emit(LogLine.Level.INFO, "Spark is ready");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> console = robot.lookup("#log-console").queryAs(ListView.class);
        assertThat(console.isVisible()).isTrue();
        assertThat(console.getItems()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.shell().themeProperty().get()).isEqualTo(dev.lakehouse.explorer.ui.common.Theme.DARK);
    }

    @Test
    void theStatusBarShowsTheEnginesState(FxRobot robot) {
        assertThat(robot.lookup("#engine-state .label").queryAs(Label.class).getText()).isEqualTo("Engine ready");

        robot.interact(() -> engine.setStatus(new dev.lakehouse.explorer.engine.EngineStatus(EngineState.FAILED,
                "Workspace is in use by another Lakehouse Explorer")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#engine-state .label").queryAs(Label.class).getText())
                .isEqualTo("Workspace is in use by another Lakehouse Explorer");
        assertThat(robot.lookup("#sql-run").tryQuery()).isEmpty(); // Home is showing
    }

    @Test
    void ctrlSpaceCompletesATableName(FxRobot robot) throws Exception {
        engine.samples.load(JobContext.silent("setup")); // bronze.customers_raw and bronze.orders_raw
        robot.clickOn("#nav-sql");
        robot.clickOn("#sql-editor");
        robot.write("SELECT * FROM ord");

        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> completionShows(robot));
        assertThat(robot.lookup("#sql-completion").queryListView().getItems()).hasSize(1);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "SELECT * FROM bronze.orders_raw".equals(window.sql().textProperty().get()));
        assertThat(completionShows(robot)).isFalse();
    }

    @Test
    void typingADotAfterASchemaProposesItsTables(FxRobot robot) throws Exception {
        engine.samples.load(JobContext.silent("setup"));
        robot.clickOn("#nav-sql");
        robot.clickOn("#sql-editor");
        robot.write("SELECT * FROM bronze.");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> completionShows(robot));
        robot.write("c");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#sql-completion").queryListView().getItems().size() == 1);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "SELECT * FROM bronze.customers_raw".equals(window.sql().textProperty().get()));
    }

    @Test
    void aSecondRunOpensASecondTab(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sql");
        robot.interact(() -> window.sql().textProperty().set("SELECT * FROM range(5)"));
        robot.clickOn("#sql-run");
        TabPane tabs = robot.lookup("#sql-tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabs.getTabs().size() == 1);

        robot.interact(() -> window.sql().textProperty().set("SELECT 1 AS one"));
        robot.clickOn("#sql-run");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabs.getTabs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(tabs.getTabs().get(0).getText()).startsWith("SELECT * FROM range(5) · ");
        assertThat(robot.lookup("#sql-results").queryAs(TableView.class).getItems()).containsExactly(List.of(1));
        assertThat(text(robot, "#sql-status")).isEqualTo("1 row · 12 ms");

        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertThat(robot.lookup("#sql-results").queryAs(TableView.class).getItems()).hasSize(5);
        assertThat(text(robot, "#sql-status")).isEqualTo("5 rows · 12 ms");
    }

    @Test
    void aResultCanBeChartedAndThePastQueryReopenedFromTheHistory(FxRobot robot) throws Exception {
        engine.samples.load(JobContext.silent("setup"));
        robot.clickOn("#nav-sql");
        robot.interact(() -> window.sql().textProperty().set("SELECT * FROM bronze.customers_raw LIMIT 5"));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sql-chart-toggle").tryQuery().isPresent());

        robot.clickOn("#sql-chart-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sql-chart").queryAs(StackPane.class).getChildren()).singleElement()
                .isInstanceOf(BarChart.class);
        assertThat(text(robot, "#sql-chart-note")).isEqualTo("Charting all 5 rows.");

        robot.clickOn("#sql-history-toggle");
        ListView<?> history = robot.lookup("#sql-history").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        robot.interact(() -> window.sql().textProperty().set("something else"));
        robot.doubleClickOn(".history-statement");
        assertThat(window.sql().textProperty().get()).isEqualTo("SELECT * FROM bronze.customers_raw LIMIT 5");
        assertThat(Files.readString(workspace.resolve(".lakehouse/query-history.jsonl")))
                .contains("SELECT * FROM bronze.customers_raw LIMIT 5");
    }

    private static boolean completionShows(FxRobot robot) {
        return robot.lookup("#sql-completion").tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
