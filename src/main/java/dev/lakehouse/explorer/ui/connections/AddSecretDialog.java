package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * "Add secret…": a key and a value typed into a PasswordField, never shown. The field is bound to the view-model
 * only while the dialog is open; on Save or Cancel the value is handed over or forgotten and the field emptied.
 */
final class AddSecretDialog {
    private AddSecretDialog() {
    }

    static void show(Node owner, ScopeViewModel vm) {
        vm.clearNewSecret();
        var key = new TextField();
        key.setId("secret-key");
        key.setPromptText("e.g. storage-key");
        key.textProperty().bindBidirectional(vm.newKeyProperty());
        var value = new PasswordField();
        value.setId("secret-value");
        value.setPromptText("The secret itself — it is never shown again");
        value.textProperty().bindBidirectional(vm.newValueProperty());
        var message = new Label();
        message.getStyleClass().add("field-message");
        message.textProperty().bind(vm.newKeyMessage());
        var scope = vm.scopeProperty().get();
        var hint = new Label("Stored in scope '" + (scope == null ? "" : scope.name())
                + "'. Connections refer to it as {{secrets/" + (scope == null ? "" : scope.name()) + "/<key>}}.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        var box = new VBox(10, new FormRow("Key", key, null), new FormRow("Value", value, null), message, hint);
        box.setPrefWidth(480);

        var dialog = new Dialog<ButtonType>();
        dialog.setHeaderText("Add a secret");
        var save = new ButtonType("Save secret", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("add-secret-dialog");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(vm.canAddProperty().not());
        dialog.setOnShown(e -> key.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == save) {
                vm.addSecret(); // empties the value property at once
            } else {
                vm.clearNewSecret();
            }
            key.textProperty().unbindBidirectional(vm.newKeyProperty());
            value.textProperty().unbindBidirectional(vm.newValueProperty());
            value.clear();
        });
        ConnectionDialogs.prepare(dialog, owner);
        dialog.show();
    }
}
