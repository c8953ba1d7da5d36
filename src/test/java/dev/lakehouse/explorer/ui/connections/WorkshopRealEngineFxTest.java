package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.testing.Azurite;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.shell.DesktopApp;
import dev.lakehouse.explorer.ui.shell.MainWindow;
import dev.lakehouse.explorer.ui.shell.Panel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop's "secrets and Azure storage" exercise in the window, on the real engine and Azurite: the guided setup
 * stores the key in a local scope and connects through it, the sample table opens in the Catalog, a write from the
 * SQL panel shows in its history — and the key is on screen nowhere.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopRealEngineFxTest {
    private static final int WAIT = 240;
    private final Preferences prefs = Preferences.userRoot().node("lakehouse-explorer-test-" + UUID.randomUUID());
    private FxTaskRunner runner;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // A dialog an earlier test class left open in this JVM's toolkit would sit over the window and take the clicks.
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(javafx.stage.Window::hide);
        Engine engine = SharedEngine.unclosable();
        runner = new FxTaskRunner(engine.jobs());
        window = DesktopApp.build(stage, engine, runner, prefs);
        window.shell().show(Panel.HOME);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        runner.close();
        prefs.removeNode();
    }

    @Test
    void setUpTheWorkshopOpenTheTableWriteToItFromSqlAndSeeItsHistory(FxRobot robot) throws Exception {
        // An earlier test class in this JVM can leave a mouse button or key pressed; a press then is no click.
        robot.release(new KeyCode[0]);
        robot.release(new javafx.scene.input.MouseButton[0]);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        robot.clickOn("#connections-workshop");
        robot.interact(() -> robot.lookup("#workshop-endpoint").queryTextInputControl().setText(Azurite.shared().endpoint()));
        robot.clickOn("#workshop-run");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !window.connections().workshop().runningProperty().get());
        assertThat(window.connections().workshop().steps()).allSatisfy(step ->
                assertThat(step.stateProperty().get()).as(step.title() + ": " + step.messageProperty().get())
                        .isEqualTo(StepState.DONE));

        robot.clickOn("#workshop-open-catalog");
        assertThat(window.shell().panelProperty().get()).isEqualTo(Panel.CATALOG);
        TableView<?> data = robot.lookup("#table-data").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> data.getItems().size() == 3);
        robot.clickOn("#table-tab-history");
        TableView<?> history = robot.lookup("#table-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> history.getItems().size() == 1);

        robot.clickOn("#nav-sql");
        robot.clickOn("#sql-editor");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.interact(() -> window.sql().textProperty().set(
                "INSERT INTO default.workshop_houses VALUES (4, 'Tromsø', 280000.0);\n"
                        + "SELECT id, secret('workshop', 'storage-key') AS key FROM default.workshop_houses ORDER BY id"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#sql-results").tryQuery().isPresent());
        TableView<?> grid = robot.lookup("#sql-results").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> grid.getItems().size() == 4);
        assertThat(grid.getItems()).allMatch(row -> "[REDACTED]".equals(((List<?>) row).get(1)));

        robot.clickOn("#nav-catalog");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
        assertThat(history.getItems()).extracting(v -> ((TableVersion) v).operation())
                .containsExactly("WRITE", "CREATE OR REPLACE TABLE AS SELECT");

        String key = Azurite.shared().accountKey();
        for (Panel panel : Panel.values()) {
            robot.interact(() -> window.shell().show(panel));
            assertThat(texts(stage.getScene().getRoot())).as(panel.label()).noneMatch(t -> t.contains(key));
        }
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getText() != null) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }
}
