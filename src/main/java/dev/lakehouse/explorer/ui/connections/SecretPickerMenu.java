package dev.lakehouse.explorer.ui.connections;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The button beside the credential field: scopes and the names of their secrets, read as the menu opens. */
final class SecretPickerMenu extends MenuButton {
    private final SecretPickerViewModel vm;

    SecretPickerMenu(SecretPickerViewModel vm) {
        super(null, new FontIcon(Material2MZ.VPN_KEY));
        this.vm = vm;
        setId("connection-secret-picker");
        setTooltip(new Tooltip("Pick a secret: its reference goes into the field, never its value"));
        setOnShowing(e -> vm.load());
        vm.scopes().addListener((ListChangeListener<ScopeKeys>) c -> rebuild());
        vm.loadingProperty().addListener((obs, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getItems().clear();
        if (vm.loadingProperty().get() && vm.scopes().isEmpty()) {
            getItems().add(disabled("Reading scopes…"));
            return;
        }
        if (vm.scopes().isEmpty()) {
            getItems().add(disabled(vm.error().text().isEmpty()
                    ? "No secret scopes yet: create one with New scope" : vm.error().text()));
            return;
        }
        for (ScopeKeys scope : vm.scopes()) {
            getItems().add(menu(scope));
        }
    }

    private Menu menu(ScopeKeys scope) {
        var menu = new Menu(scope.scope());
        if (scope.locked()) {
            var unlock = new MenuItem("List its secrets (may ask for the passphrase or a sign-in)…");
            unlock.setOnAction(e -> vm.unlock(scope.scope()));
            menu.getItems().add(unlock);
        } else if (scope.keys().isEmpty()) {
            menu.getItems().add(disabled("No secrets in this scope"));
        }
        for (String key : scope.keys()) {
            var item = new MenuItem(key);
            item.setId("secret-" + scope.scope() + "-" + key);
            item.setOnAction(e -> vm.pick(scope.scope(), key));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static MenuItem disabled(String text) {
        var item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }
}
