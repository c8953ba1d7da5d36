package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.ui.common.Theme;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The panel's dialogs share one look and owner. They are shown with {@code show()}, not {@code showAndWait()}: they
 * open from property listeners and task callbacks, and answer through callbacks.
 */
final class ConnectionDialogs {
    private ConnectionDialogs() {
    }

    /** Shows a view-model's question; its answer goes back to the same {@link PendingQuestion}. */
    static void confirm(Node owner, Confirmation question, PendingQuestion pending) {
        var yes = new ButtonType(question.yesLabel(), ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, question.text(), yes, ButtonType.CANCEL);
        alert.setHeaderText(question.header());
        prepare(alert, owner);
        alert.getDialogPane().setId("connections-confirm");
        alert.setOnHidden(e -> {
            if (alert.getResult() == yes) {
                pending.confirm();
            } else {
                pending.dismiss();
            }
        });
        alert.show();
    }

    static void prepare(Dialog<?> dialog, Node owner) {
        prepare(dialog, owner == null || owner.getScene() == null ? null : owner.getScene().getWindow());
    }

    static void prepare(Dialog<?> dialog, Window owner) {
        dialog.setTitle("Lakehouse Explorer");
        dialog.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
    }
}
