package dev.lakehouse.explorer.ui.shell;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The slim bar on top: the app's name, the workspace it works in, and the theme switch. */
final class AppBar extends HBox {

    AppBar(ShellViewModel vm) {
        var logo = logo();
        var title = new Label("Lakehouse Explorer");
        title.getStyleClass().addAll("app-title", Styles.TEXT_BOLD);
        var workspace = new Label(vm.workspace(), new FontIcon(Material2AL.FOLDER));
        workspace.setId("app-workspace");
        workspace.getStyleClass().addAll("app-workspace", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        workspace.setTooltip(new Tooltip("Workspace: " + vm.workspace()));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(logo, title, workspace, spacer, themeToggle(vm));
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        getStyleClass().add("app-bar");
    }

    private static Node logo() {
        var art = AppBar.class.getResource("/dev/lakehouse/explorer/ui/icon-48.png");
        if (art == null) {
            var icon = new FontIcon(Material2AL.LAYERS);
            icon.getStyleClass().add("app-logo");
            return icon;
        }
        var view = new ImageView(new Image(art.toExternalForm(), 24, 24, true, true));
        view.getStyleClass().add("app-logo");
        return view;
    }

    private static Button themeToggle(ShellViewModel vm) {
        var button = new Button();
        button.setId("theme-toggle");
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setOnAction(e -> vm.toggleTheme());
        vm.themeProperty().addListener((obs, old, theme) -> showTheme(button, theme));
        showTheme(button, vm.themeProperty().get());
        return button;
    }

    private static void showTheme(Button button, Theme theme) {
        // The icon shows where a click leads, as most apps' theme switches do.
        button.setGraphic(new FontIcon(theme == Theme.LIGHT ? Material2MZ.NIGHTS_STAY : Material2MZ.WB_SUNNY));
        button.setTooltip(new Tooltip("Switch to the " + theme.toggled().label().toLowerCase() + " theme (Ctrl+Shift+T)"));
    }
}
