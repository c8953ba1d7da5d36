package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import dev.lakehouse.explorer.ui.connections.ConnectionFormViewModel.Field;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Function;

/** The connection form: fields by type with their inline messages, Save / Test / Remove, and the test's rows. */
final class ConnectionFormView extends VBox {
    private final ConnectionFormViewModel vm;
    private final BooleanBinding readOnly;

    ConnectionFormView(ConnectionFormViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.readOnly = vm.savedProperty().isNotNull();
        var error = Banner.error(vm.error(), errors);
        error.setId("connection-error");
        getChildren().addAll(title(), fields(), actions(), error, new CheckRowsView(vm.tester(), errors));
        setSpacing(16);
        getStyleClass().add("connection-form");
    }

    private VBox title() {
        var title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.savedProperty().map(c -> c.name()).orElse("New connection"));
        var hint = new Label();
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.textProperty().bind(vm.savedProperty().map(c -> "Saved connections are not edited: remove this one "
                + "and create it again to change it.").orElse("Credentials are never typed here: the connection "
                + "keeps a reference {{secrets/<scope>/<key>}} to a secret stored in a scope."));
        return new VBox(4, title, hint);
    }

    private VBox fields() {
        var type = combo("connection-type", FXCollections.observableArrayList(ConnectionType.values()),
                SidebarCell::typeLabel);
        type.valueProperty().bindBidirectional(vm.typeProperty());
        var auth = combo("connection-auth", vm.authChoices(), ConnectionFormView::authLabel);
        auth.valueProperty().bindBidirectional(vm.authProperty());
        var picker = new SecretPickerMenu(vm.picker());
        picker.disableProperty().bind(readOnly);
        var secret = new HBox(6, text("connection-secret", vm.secretProperty(), "{{secrets/<scope>/<key>}}"), picker);
        HBox.setHgrow(secret.getChildren().get(0), Priority.ALWAYS);
        return new VBox(10,
                new FormRow("Name", text("connection-name", vm.nameProperty(), "e.g. lake-dev"), message(Field.NAME)),
                new FormRow("Type", type, null),
                new FormRow("Account", text("connection-account", vm.accountProperty(), "storage account name"),
                        message(Field.ACCOUNT)).shownWhen(vm.showsAzureFields()),
                new FormRow("Container", text("connection-container", vm.containerProperty(), "container"),
                        message(Field.CONTAINER)).shownWhen(vm.showsAzureFields()),
                new FormRow("Endpoint", text("connection-endpoint", vm.endpointProperty(), ""),
                        message(Field.ENDPOINT)).shownWhen(vm.showsEndpoint()),
                new FormRow("Folder", folderField(), message(Field.FOLDER)).shownWhen(vm.showsFolder()),
                new FormRow("Sign-in", auth, null).shownWhen(vm.showsAzureFields()),
                new FormRow("Secret", secret, message(Field.SECRET)).shownWhen(vm.showsSecret()),
                new FormRow("Tenant id", text("connection-tenant", vm.tenantProperty(), "directory (tenant) id"),
                        message(Field.TENANT)).shownWhen(vm.showsServicePrincipal()),
                new FormRow("Client id", text("connection-client-id", vm.clientIdProperty(), "application (client) id"),
                        message(Field.CLIENT_ID)).shownWhen(vm.showsServicePrincipal()));
    }

    private HBox folderField() {
        var field = text("connection-folder", vm.folderProperty(), "a folder on this machine");
        var choose = new Button("Choose…", new FontIcon(Material2AL.FOLDER_OPEN));
        choose.setId("connection-folder-choose");
        choose.disableProperty().bind(readOnly);
        choose.setOnAction(e -> {
            var chooser = new DirectoryChooser();
            chooser.setTitle("The connection's folder");
            var folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (folder != null) {
                vm.folderProperty().set(folder.getAbsolutePath());
            }
        });
        var row = new HBox(6, field, choose);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    private HBox actions() {
        var save = new Button("Save", new FontIcon(Material2MZ.SAVE));
        save.setId("connection-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.visibleProperty().bind(readOnly.not());
        save.managedProperty().bind(save.visibleProperty());
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        var test = new Button("Test connection", new FontIcon(Material2MZ.NETWORK_CHECK));
        test.setId("connection-test");
        test.visibleProperty().bind(readOnly);
        test.managedProperty().bind(test.visibleProperty());
        test.disableProperty().bind(vm.tester().runningProperty());
        test.setOnAction(e -> vm.test());
        var remove = new Button("Remove…", new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.setId("connection-remove");
        remove.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        remove.visibleProperty().bind(readOnly);
        remove.managedProperty().bind(remove.visibleProperty());
        remove.setOnAction(e -> vm.remove());
        var row = new HBox(8, save, test, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new javafx.geometry.Insets(0, 0, 0, FormRow.LABEL_WIDTH + 12));
        return row;
    }

    private TextField text(String id, StringProperty value, String prompt) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        field.editableProperty().bind(readOnly.not());
        return field;
    }

    private <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Function<T, String> label) {
        var combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.disableProperty().bind(readOnly);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return combo;
    }

    private javafx.beans.property.ReadOnlyStringProperty message(Field field) {
        return vm.messageProperty(field);
    }

    static String authLabel(StorageAuth auth) {
        return switch (auth) {
            case KEY -> "Account key";
            case SAS -> "SAS token";
            case SERVICE_PRINCIPAL -> "Service principal";
            case DEFAULT -> "Default credential (Azure CLI, managed identity, environment)";
            case NONE -> "None";
        };
    }
}
