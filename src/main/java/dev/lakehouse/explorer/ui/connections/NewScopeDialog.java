package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.secrets.KeyVaultAuth;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * "New scope": local or Key Vault with its sign-in. The dialog stays open while the scope is created (a local
 * scope's passphrase dialog opens over it) and shows a refusal inline; it closes once the scope exists.
 */
final class NewScopeDialog {
    private NewScopeDialog() {
    }

    static void show(Node owner, NewScopeViewModel vm) {
        vm.reset();
        var dialog = new Dialog<ButtonType>();
        dialog.setHeaderText("New secret scope");
        var create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(vm));
        dialog.getDialogPane().setId("new-scope-dialog");
        var createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("new-scope-create");
        createButton.disableProperty().bind(vm.canCreateProperty().not());
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stay open until the engine has created it
            vm.create();
        });
        ChangeListener<Boolean> done = (obs, was, busy) -> {
            if (was && !busy && vm.error().text().isEmpty()) {
                dialog.close();
            }
        };
        vm.busyProperty().addListener(done);
        dialog.setOnHidden(e -> vm.busyProperty().removeListener(done));
        ConnectionDialogs.prepare(dialog, owner);
        dialog.show();
    }

    private static VBox form(NewScopeViewModel vm) {
        var kind = new ComboBox<>(FXCollections.observableArrayList(ScopeKind.values()));
        kind.setId("new-scope-kind");
        kind.setConverter(converter(k -> k == ScopeKind.LOCAL ? "Local: an encrypted file in the workspace"
                : "Azure Key Vault"));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        var auth = new ComboBox<>(FXCollections.observableArrayList(KeyVaultAuth.values()));
        auth.setId("new-scope-auth");
        auth.setConverter(converter(NewScopeDialog::authLabel));
        auth.valueProperty().bindBidirectional(vm.authProperty());
        auth.setMaxWidth(Double.MAX_VALUE);
        var message = new Label();
        message.getStyleClass().add("field-message");
        message.textProperty().bind(Bindings.when(vm.error().textProperty().isNotEmpty())
                .then(vm.error().textProperty()).otherwise(vm.messageProperty()));
        message.setWrapText(true);
        message.setPrefWidth(500);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var localHint = new Label("Creating it asks for a passphrase, twice. Nothing can recover a forgotten one.");
        localHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        localHint.setWrapText(true);
        localHint.visibleProperty().bind(vm.keyVaultProperty().not());
        localHint.managedProperty().bind(localHint.visibleProperty());
        var box = new VBox(10,
                new FormRow("Name", field("new-scope-name", vm.nameProperty(), "e.g. workshop"), null),
                new FormRow("Kind", kind, null), localHint,
                new FormRow("Vault URL", field("new-scope-vault", vm.vaultUrlProperty(),
                        "https://<vault>.vault.azure.net"), null).shownWhen(vm.keyVaultProperty()),
                new FormRow("Sign-in", auth, null).shownWhen(vm.keyVaultProperty()),
                new FormRow("Tenant id", field("new-scope-tenant", vm.tenantProperty(), ""), null)
                        .shownWhen(vm.servicePrincipalProperty()),
                new FormRow("Client id", field("new-scope-client", vm.clientIdProperty(), ""), null)
                        .shownWhen(vm.servicePrincipalProperty()),
                new FormRow("Secret variable", field("new-scope-secret-env", vm.clientSecretEnvProperty(),
                        "environment variable holding the client secret"), null)
                        .shownWhen(vm.servicePrincipalProperty()),
                message);
        box.setPrefWidth(520);
        return box;
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static String authLabel(KeyVaultAuth auth) {
        return switch (auth) {
            case DEFAULT -> "Default (environment, managed identity, Azure CLI)";
            case CLI -> "Azure CLI (az login)";
            case BROWSER -> "Browser sign-in";
            case SERVICE_PRINCIPAL -> "Service principal";
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
