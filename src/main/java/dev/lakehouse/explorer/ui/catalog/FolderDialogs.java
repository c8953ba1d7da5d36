package dev.lakehouse.explorer.ui.catalog;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.nio.file.Path;

/** The questions of "Open Delta folder…": register the table under a name, or browse it by its path. */
final class FolderDialogs {
    private final OpenFolderViewModel vm;
    private final Node owner;

    FolderDialogs(OpenFolderViewModel vm, Node owner) {
        this.vm = vm;
        this.owner = owner;
        vm.deltaFolderProperty().addListener((obs, old, folder) -> {
            if (folder != null) {
                askWhatToDo(folder);
            }
        });
    }

    private void askWhatToDo(Path folder) {
        var register = new ButtonType("Register as…", ButtonBar.ButtonData.OK_DONE);
        var browse = new ButtonType("Browse by path", ButtonBar.ButtonData.OTHER);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, folder + "\n\nRegister it in the catalog under a name, "
                + "so SQL can use it as schema.table, or browse it by its path without registering.",
                register, browse, ButtonType.CANCEL);
        alert.setTitle("Lakehouse Explorer");
        alert.setHeaderText("This folder holds a Delta table");
        alert.getDialogPane().getStylesheets().add(dev.lakehouse.explorer.ui.common.Theme.appStylesheet());
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.setOnHidden(e -> {
            if (alert.getResult() == register) {
                Dialogs.askName(owner, "Register the Delta table", folder.toString(), vm.schemaNames(),
                        Dialogs.nameFrom(String.valueOf(folder.getFileName())), vm::register, vm::dismiss);
            } else if (alert.getResult() == browse) {
                vm.browse();
            } else {
                vm.dismiss();
            }
        });
        alert.show();
    }
}
