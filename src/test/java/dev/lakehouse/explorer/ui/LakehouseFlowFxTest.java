package dev.lakehouse.explorer.ui;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.shell.DesktopApp;
import dev.lakehouse.explorer.ui.shell.MainWindow;
import javafx.scene.control.Button;
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

/** The first-run flow on the real embedded engine: create the sample lakehouse, then query it in the SQL panel. */
@ExtendWith(ApplicationExtension.class)
class LakehouseFlowFxTest {
    private final Preferences prefs = Preferences.userRoot().node("lakehouse-explorer-test-" + UUID.randomUUID());
    private Engine engine;
    private FxTaskRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        engine = SharedEngine.unclosable();
        // A dialog an earlier test class left open in this JVM's toolkit would sit over the window and take the clicks.
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(javafx.stage.Window::hide);
        for (String t : List.of("houses", "transactions", "orders_raw", "order_changes_raw")) {
            engine.sql().execute("DROP TABLE IF EXISTS bronze." + t, 10, JobContext.silent("fresh bronze"));
        }
        runner = new FxTaskRunner(engine.jobs());
        window = DesktopApp.build(stage, engine, runner, prefs);
        window.shell().show(dev.lakehouse.explorer.ui.shell.Panel.HOME);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        runner.close();
        prefs.removeNode();
    }

    @Test
    void createTheSampleLakehouseThenSeeItsTablesInTheSqlPanel(FxRobot robot) throws Exception {
        // An earlier test class in this JVM can leave a mouse button or key pressed; a press then is no click.
        robot.release(new KeyCode[0]);
        robot.release(new javafx.scene.input.MouseButton[0]);
        Button create = robot.lookup("#home-create-sample").queryButton();
        // the button sits in the first-run hero, which shows only once the catalog is read: a click before then
        // lands on nothing
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown(create) && !create.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.getText()).isEqualTo("Create sample lakehouse");
        robot.clickOn("#home-create-sample");
        try {
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> "Reload sample lakehouse".equals(create.getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            var home = window.home();
            throw new AssertionError("No sample load: button '" + create.getText() + "' disabled=" + create.isDisabled()
                    + " canCreate=" + home.canCreateSamplesProperty().get() + " loading=" + home.loadingSamplesProperty().get()
                    + " notice='" + home.noticeProperty().get() + "' error='" + home.error().textProperty().get() + "'"
                    + " status=" + window.shell().engineStatusProperty().get() + " windows=" + javafx.stage.Window.getWindows()
                    + " scene=" + create.getScene() + " bounds=" + create.localToScreen(create.getBoundsInLocal()), e);
        }

        robot.clickOn("#nav-sql");
        robot.clickOn("#sql-editor");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("SHOW TABLES IN bronze");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        // the grid comes with the result's tab, once the query is done
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sql-results").tryQuery().isPresent());
        TableView<?> grid = robot.lookup("#sql-results").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> grid.getItems().size() == 4);
        List<Object> names = grid.getItems().stream().map(row -> ((List<?>) row).get(1)).map(Object.class::cast).toList();
        assertThat(names).containsExactlyInAnyOrder("houses", "transactions", "orders_raw", "order_changes_raw");
    }

    /** Visible on screen: the node and every parent up to the scene's root. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
