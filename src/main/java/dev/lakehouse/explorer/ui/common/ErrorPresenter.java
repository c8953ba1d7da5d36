package dev.lakehouse.explorer.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The one place an error becomes UI: a dialog whose header is one clear line and whose stack trace waits, collapsed,
 * under "Show details". Also the default uncaught-exception handler, so nothing fails silently. Errors the user can
 * act on in place (a bad SQL statement) are shown inline by their panel instead.
 */
public final class ErrorPresenter {
    private static final System.Logger LOG = System.getLogger(ErrorPresenter.class.getName());
    private final Supplier<Window> owner;
    private final java.util.function.UnaryOperator<String> redact;
    private boolean showing;

    /** @param owner the window dialogs belong to; may supply null before the main window exists */
    public ErrorPresenter(Supplier<Window> owner) {
        this(owner, java.util.function.UnaryOperator.identity());
    }

    /** @param redact masks the engine's secrets in the details pane (causes carry other programs' texts) */
    public ErrorPresenter(Supplier<Window> owner, java.util.function.UnaryOperator<String> redact) {
        this.redact = redact;
        this.owner = owner;
    }

    /** Shows the error; any thread. While one error dialog is open, further errors go to the log only. */
    public void show(Throwable error) {
        if (Platform.isFxApplicationThread()) {
            showDialog(error);
        } else {
            Platform.runLater(() -> showDialog(error));
        }
    }

    /** Makes this presenter the handler of every uncaught exception, the FX thread's included. */
    public void installAsDefaultHandler() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(System.Logger.Level.ERROR, "Uncaught on " + thread.getName() + ": " + ErrorText.summary(error), error);
            show(error);
        });
    }

    private void showDialog(Throwable error) {
        if (showing) {
            LOG.log(System.Logger.Level.WARNING, "Not shown, a dialog is open: " + ErrorText.summary(error));
            return;
        }
        showing = true;
        try {
            var alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.CLOSE);
            alert.setTitle("Lakehouse Explorer");
            alert.setHeaderText(ErrorText.summary(error));
            alert.getDialogPane().setExpandableContent(detailsArea(error));
            alert.getDialogPane().getStylesheets().add(Theme.appStylesheet());
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                alert.initOwner(window);
            }
            alert.setOnHidden(e -> showing = false);
            alert.show(); // not showAndWait: this may run inside a layout pass or an animation
        } catch (RuntimeException dialogFailed) {
            showing = false;
            LOG.log(System.Logger.Level.ERROR, "Could not show the error dialog", dialogFailed);
        }
    }

    private TextArea detailsArea(Throwable error) {
        var area = new TextArea(redact.apply(ErrorText.details(error)));
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        area.getStyleClass().add("error-details");
        return area;
    }
}
