package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.ui.medallion.MedallionView;
import dev.lakehouse.explorer.ui.sql.SqlViewModel;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.Map;

/**
 * The window's keyboard shortcuts, in one place. They are an event filter on the scene, so they work wherever the
 * focus is — also inside the SQL editor, which would otherwise take Ctrl+Enter as a new line.
 * (SHORTCUT is Ctrl on Windows and Linux, Cmd on macOS.)
 */
final class Shortcuts {
    static final KeyCombination HOME = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CATALOG = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SQL = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CONNECTIONS = new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MEDALLION = new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CANCEL = new KeyCodeCombination(KeyCode.ESCAPE);
    static final KeyCombination CANCEL_ALT = new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LOG = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination THEME = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private Shortcuts() {
    }

    static void install(Scene scene, ShellViewModel shell, SqlViewModel sql, MedallionView medallion) {
        Map<KeyCombination, Runnable> global = Map.of(
                HOME, () -> shell.show(Panel.HOME),
                CATALOG, () -> shell.show(Panel.CATALOG),
                SQL, () -> shell.show(Panel.SQL),
                CONNECTIONS, () -> shell.show(Panel.CONNECTIONS),
                MEDALLION, () -> shell.show(Panel.MEDALLION),
                LOG, shell::toggleLogConsole,
                THEME, shell::toggleTheme);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            global.entrySet().stream().filter(s -> s.getKey().match(e)).findFirst().ifPresent(s -> {
                s.getValue().run();
                e.consume();
            });
            if (!e.isConsumed() && shell.panelProperty().get() == Panel.MEDALLION && medallion.handleShortcut(e)) {
                e.consume();
            }
            if (e.isConsumed() || shell.panelProperty().get() != Panel.SQL) {
                return;
            }
            if (RUN.match(e)) {
                sql.run();
                e.consume();
            } else if (HISTORY.match(e)) {
                sql.history().visibleProperty().set(!sql.history().visibleProperty().get());
                e.consume();
            } else if ((CANCEL.match(e) || CANCEL_ALT.match(e)) && sql.busyProperty().get()) {
                // Escape is only taken while a query runs; otherwise it still closes popups and menus.
                sql.cancel();
                e.consume();
            }
        });
    }
}
