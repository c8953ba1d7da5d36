package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.ui.common.NodeSnapshot;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.io.File;
import java.nio.file.Path;

/** "Save as PNG" for the lineage and the charts: a file chooser, then the node as it shows, written off the FX thread. */
final class PngSave {
    private PngSave() {
    }

    static Button button(String id, Node what, String suggestedName, MedallionViewModel vm) {
        var button = new Button("Save PNG", new FontIcon(Material2AL.IMAGE));
        button.setId(id);
        button.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        button.setTooltip(new Tooltip("Save this picture as a PNG file"));
        button.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.setTitle("Save as PNG");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File folder = vm.defaultFolder().toFile();
            if (folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
            File file = chooser.showSaveDialog(what.getScene() == null ? null : what.getScene().getWindow());
            if (file != null) {
                Path target = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file.toPath()
                        : file.toPath().resolveSibling(file.getName() + ".png");
                vm.savePng(NodeSnapshot.pixels(what), target);
            }
        });
        return button;
    }
}
