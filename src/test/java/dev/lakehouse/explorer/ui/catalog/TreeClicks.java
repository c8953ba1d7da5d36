package dev.lakehouse.explorer.ui.catalog;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Clicks on catalog tree rows by their text. The tree is rebuilt whenever the catalog is read again (at READY, after
 * a change), so a row found a moment ago may be gone from the scene by the time the robot clicks it: wait for one
 * that is attached, and look again if it went.
 */
final class TreeClicks {
    private TreeClicks() {
    }

    /** Opens schema {@code schema} in the tree and clicks its table {@code table}. */
    static void openTable(FxRobot robot, String schema, String table, long timeoutSeconds) throws TimeoutException {
        click(robot, ".tree-cell .label", schema, timeoutSeconds);
        robot.type(javafx.scene.input.KeyCode.RIGHT); // opens the schema, which reads its tables
        click(robot, ".tree-cell", table, timeoutSeconds);
    }

    static void click(FxRobot robot, String selector, String text, long timeoutSeconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(timeoutSeconds, TimeUnit.SECONDS, () -> {
            Optional<Node> row = robot.lookup(selector).match(n -> n instanceof Labeled l && text.equals(l.getText()))
                    .tryQuery();
            if (row.isEmpty() || row.get().getScene() == null) {
                return false;
            }
            try {
                robot.clickOn(row.get());
                return true;
            } catch (RuntimeException detachedMeanwhile) {
                return false;
            }
        });
    }
}
