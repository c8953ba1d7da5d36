package dev.lakehouse.explorer.ui.home;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * "Open folder" for the workspace, through the desktop's file manager. AWT's {@link Desktop} is touched only on
 * click and off the FX thread, so starting AWT never delays or disturbs the window. Where the desktop cannot open
 * folders, the path is copied to the clipboard instead.
 */
final class WorkspaceFolder {

    private WorkspaceFolder() {
    }

    static Optional<Button> openButton(Path folder) {
        if (folder == null || GraphicsEnvironment.isHeadless()) {
            return Optional.empty();
        }
        var button = new Button("Open folder", new FontIcon(Material2AL.FOLDER_OPEN));
        button.setId("home-open-folder");
        button.getStyleClass().add(Styles.FLAT);
        button.setTooltip(new Tooltip("Open the workspace in the file manager"));
        button.setOnAction(e -> open(folder, button));
        return Optional.of(button);
    }

    private static void open(Path folder, Button button) {
        var opener = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                    return;
                }
            } catch (Exception | Error fallThrough) {
                // no file manager to talk to: copy the path instead
            }
            Platform.runLater(() -> copyPath(folder, button));
        }, "open-workspace-folder");
        opener.setDaemon(true);
        opener.start();
    }

    private static void copyPath(Path folder, Button button) {
        var content = new ClipboardContent();
        content.putString(folder.toString());
        Clipboard.getSystemClipboard().setContent(content);
        button.getTooltip().setText("No file manager available: the path was copied to the clipboard");
    }
}
