package dev.lakehouse.explorer.ui.shell;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Theme;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The small window shown instead of the main one when the app cannot start (workspace locked, unusable folder).
 * A plain stage rather than an Alert: it is the only window, so it needs no owner, and it renders on any desktop.
 */
final class StartupErrorWindow {
    private StartupErrorWindow() {
    }

    static Stage create(String message) {
        var stage = new Stage();
        var icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add(Styles.DANGER);
        icon.setIconSize(28);
        var title = new Label("Lakehouse Explorer cannot start");
        title.getStyleClass().add(Styles.TITLE_4);
        var text = new Label(message);
        text.setId("startup-error");
        text.setWrapText(true);
        text.setMaxWidth(460);
        var close = new Button("Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        var buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        var body = new VBox(12, new HBox(12, icon, title), text, buttons);
        body.setPadding(new Insets(20));
        body.setPrefWidth(500);
        var scene = new Scene(body);
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.setTitle("Lakehouse Explorer");
        stage.setResizable(false);
        return stage;
    }
}
