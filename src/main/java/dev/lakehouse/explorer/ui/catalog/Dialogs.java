package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.ui.common.Theme;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The panel's questions. Dialogs are shown with {@code show()}, not {@code showAndWait()}: they often open from a
 * task's callback, and the answer comes back through a callback too.
 */
final class Dialogs {

    private Dialogs() {
    }

    /** Asks yes or no; exactly one of {@code yes} / {@code no} runs when the dialog closes. */
    static void confirm(Node owner, String header, String text, String yesLabel, Runnable yes, Runnable no) {
        var yesButton = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, text, yesButton, ButtonType.CANCEL);
        alert.setHeaderText(header);
        prepare(alert, owner);
        alert.setOnHidden(e -> (alert.getResult() == yesButton ? yes : no).run());
        alert.show();
    }

    /** Asks for a schema and a table name; {@code onName} gets them, {@code no} runs on Cancel. */
    static void askName(Node owner, String header, String text, List<String> schemas, String suggested,
                        BiConsumer<String, String> onName, Runnable no) {
        var dialog = new Dialog<ButtonType>();
        dialog.setHeaderText(header);
        var schema = new ComboBox<String>();
        schema.setId("catalog-name-schema");
        schema.setEditable(true);
        schema.getItems().setAll(schemas);
        schema.setValue(schemas.contains("bronze") ? "bronze" : schemas.isEmpty() ? "default" : schemas.get(0));
        var name = new TextField(suggested);
        name.setId("catalog-name-table");
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10, 0, 0, 0));
        var intro = new Label(text);
        intro.setWrapText(true);
        intro.setMaxWidth(460);
        grid.add(intro, 0, 0, 2, 1);
        grid.addRow(1, new Label("Schema"), schema);
        grid.addRow(2, new Label("Table name"), name);
        dialog.getDialogPane().setContent(grid);
        var ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        prepare(dialog, owner);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok) {
                onName.accept(schema.getEditor().getText().trim(), name.getText().trim());
            } else {
                no.run();
            }
        });
        dialog.show();
        name.requestFocus();
    }

    /** A table name made from a folder name: {@code Sales Data-2024} → {@code sales_data_2024}. */
    static String nameFrom(String folderName) {
        String name = folderName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "t_" + name : name;
    }

    private static void prepare(Dialog<?> dialog, Node owner) {
        dialog.setTitle("Lakehouse Explorer");
        dialog.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        if (owner != null && owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
    }
}
