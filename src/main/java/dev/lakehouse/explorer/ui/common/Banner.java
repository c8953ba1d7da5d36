package dev.lakehouse.explorer.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A one-line message across a panel, shown while its text is not empty: red for a failure (with its stack trace one
 * click away), green for a success.
 */
public final class Banner extends HBox {

    private Banner(String styleClass, FontIcon icon, ObservableStringValue text, Runnable onClose) {
        getStyleClass().addAll("banner", styleClass);
        var message = new Label();
        message.getStyleClass().add("banner-text");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(text);
        HBox.setHgrow(message, Priority.ALWAYS);
        var close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "banner-close");
        close.setOnAction(e -> onClose.run());
        getChildren().addAll(icon, message, close);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        visibleProperty().bind(Bindings.isNotEmpty(text));
        managedProperty().bind(visibleProperty());
    }

    /** A failure; "Details" opens the error dialog with the cause's stack trace. */
    public static Banner error(InlineError error, ErrorPresenter errors) {
        var cause = error.causeProperty();
        var banner = new Banner("banner-error", new FontIcon(Material2AL.ERROR_OUTLINE), error.textProperty(),
                error::clear);
        var details = new Hyperlink("Details");
        details.getStyleClass().add("banner-details");
        details.setMinWidth(Region.USE_PREF_SIZE); // a long message wraps; the link must not shrink to "…"
        details.visibleProperty().bind(Bindings.isNotNull(cause));
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> errors.show(cause.get()));
        banner.getChildren().add(banner.getChildren().size() - 1, details);
        return banner;
    }

    public static Banner success(ObservableStringValue text, Runnable onClose) {
        return new Banner("banner-success", new FontIcon(Material2AL.CHECK_CIRCLE), text, onClose);
    }
}
