package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.ui.common.Theme;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.ArrayList;

/**
 * Puts a stage where a {@link WindowState} says, and remembers its last un-maximized bounds: a maximized stage
 * reports the screen's size, which is not what should come back when the user un-maximizes next time.
 */
final class StageBounds {
    private final Stage stage;
    private Rectangle2D normal;

    private StageBounds(Stage stage) {
        this.stage = stage;
    }

    static StageBounds restore(Stage stage, WindowState saved) {
        var screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        // Screen.getScreens() does not promise the primary first; clampTo falls back to the first one.
        var primary = Screen.getPrimary().getVisualBounds();
        var ordered = new ArrayList<Rectangle2D>(screens);
        ordered.remove(primary);
        ordered.add(0, primary);
        WindowState state = saved.clampTo(ordered);
        stage.setX(state.x());
        stage.setY(state.y());
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        stage.setMinWidth(Math.min(WindowState.MIN_WIDTH, state.width()));
        stage.setMinHeight(Math.min(WindowState.MIN_HEIGHT, state.height()));
        stage.setMaximized(state.maximized());
        var bounds = new StageBounds(stage);
        bounds.normal = new Rectangle2D(state.x(), state.y(), state.width(), state.height());
        stage.xProperty().addListener(o -> bounds.track());
        stage.yProperty().addListener(o -> bounds.track());
        stage.widthProperty().addListener(o -> bounds.track());
        stage.heightProperty().addListener(o -> bounds.track());
        return bounds;
    }

    WindowState capture(Panel panel, Theme theme) {
        return new WindowState(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(),
                stage.isMaximized(), panel, theme);
    }

    private void track() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }
}
