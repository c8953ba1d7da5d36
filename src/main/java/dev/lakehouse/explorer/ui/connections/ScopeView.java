package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.ScopeKind;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A secret scope: what it is, the names of its secrets, and adding or deleting them or the scope. */
final class ScopeView extends VBox {
    private final ScopeViewModel vm;
    private final ListView<String> keys;

    ScopeView(ScopeViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.keys = new ListView<>(vm.keys());
        keys.setId("scope-keys");
        keys.setPlaceholder(new Label("No secrets yet. Add one; only its name is ever shown."));
        keys.setCellFactory(l -> new KeyCell());
        keys.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.deleteSecret(keys.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(keys, Priority.ALWAYS);
        var error = Banner.error(vm.error(), errors);
        error.setId("scope-error");
        var notice = Banner.success(vm.noticeProperty(), vm::clearMessages);
        notice.setId("scope-notice");
        var keysTitle = new Label("Secrets");
        keysTitle.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(header(), facts(), notice, error, keysTitle, actions(), keys);
        setSpacing(12);
        getStyleClass().add("scope-view");
    }

    private HBox header() {
        var title = new Label();
        title.setId("scope-name");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.scopeProperty().map(ScopeDefinition::name).orElse(""));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var delete = new Button("Delete scope…", new FontIcon(Material2AL.DELETE_FOREVER));
        delete.setId("scope-delete");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setOnAction(e -> vm.deleteScope());
        var row = new HBox(8, title, spacer, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label facts() {
        var facts = new Label();
        facts.setId("scope-facts");
        facts.setWrapText(true);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.textProperty().bind(vm.scopeProperty().map(ScopeView::describe).orElse(""));
        return facts;
    }

    private HBox actions() {
        var add = new Button("Add secret…", new FontIcon(Material2AL.ADD));
        add.setId("scope-add-secret");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> AddSecretDialog.show(this, vm));
        var delete = new Button("Delete secret…", new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("scope-delete-secret");
        delete.disableProperty().bind(Bindings.isNull(keys.getSelectionModel().selectedItemProperty()));
        delete.setOnAction(e -> vm.deleteSecret(keys.getSelectionModel().getSelectedItem()));
        var reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reload.setOnAction(e -> vm.reloadKeys());
        var row = new HBox(8, add, delete, reload);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static String describe(ScopeDefinition scope) {
        if (scope.kind() == ScopeKind.LOCAL) {
            return "Local scope: an encrypted file in the workspace, opened with its passphrase once per session.";
        }
        String auth = scope.auth() == null ? "" : " · sign-in: " + scope.auth().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ');
        return "Key Vault scope: " + scope.vaultUrl() + auth;
    }

    /** A secret's name with a key icon; values are never read, so there is nothing else to show. */
    private static final class KeyCell extends javafx.scene.control.ListCell<String> {
        @Override
        protected void updateItem(String key, boolean empty) {
            super.updateItem(key, empty);
            setText(empty ? null : key);
            setGraphic(empty ? null : new FontIcon(Material2MZ.VPN_KEY));
        }
    }
}
