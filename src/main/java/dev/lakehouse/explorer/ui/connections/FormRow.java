package dev.lakehouse.explorer.ui.connections;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One labelled field of a form, with its inline message under it; hidden (and taking no room) when not shown. */
final class FormRow extends HBox {
    static final double LABEL_WIDTH = 130;

    FormRow(String label, Node field, ObservableStringValue message) {
        var name = new Label(label);
        name.getStyleClass().add("form-label");
        name.setMinWidth(LABEL_WIDTH);
        name.setPrefWidth(LABEL_WIDTH);
        name.setLabelFor(field);
        var column = new VBox(4, field);
        if (message != null) {
            var text = new Label();
            text.getStyleClass().add("field-message");
            text.setWrapText(true);
            text.textProperty().bind(message);
            text.visibleProperty().bind(Bindings.isNotEmpty(message));
            text.managedProperty().bind(text.visibleProperty());
            column.getChildren().add(text);
        }
        HBox.setHgrow(column, Priority.ALWAYS);
        getChildren().addAll(name, column);
        setSpacing(12);
        setAlignment(Pos.TOP_LEFT);
        getStyleClass().add("form-row");
    }

    /** Shows the row only while {@code shown} is true. */
    FormRow shownWhen(ObservableBooleanValue shown) {
        visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
        managedProperty().bind(visibleProperty());
        return this;
    }
}
