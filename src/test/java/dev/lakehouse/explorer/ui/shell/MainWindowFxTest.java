package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.logging.LogLine;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
    private FxTaskRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(engine.jobs());
        window = DesktopApp.build(stage, engine, runner, prefs);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        runner.close();
        prefs.removeNode();
    }

    @Test
    void runsAQueryWithCtrlEnterAndShowsItsRows(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sql");
        robot.clickOn("#sql-editor");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("SELECT * FROM range(450)");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
