package dev.lakehouse.explorer.ui.shell;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.EnumMap;
import java.util.Map;

/** The column of panel buttons on the left: an icon over a label, one selected at all times. */
final class NavigationRail extends VBox {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Panel, ToggleButton> buttons = new EnumMap<>(Panel.class);

    NavigationRail(ShellViewModel vm) {
        for (Panel panel : Panel.values()) {
            var button = new ToggleButton(panel.label(), new FontIcon(icon(panel)));
            button.setId(panel.navId());
            button.setToggleGroup(group);
            button.setContentDisplay(ContentDisplay.TOP);
            button.getStyleClass().add("nav-item");
            button.setTooltip(new Tooltip(panel.label() + " (Ctrl+" + (panel.ordinal() + 1) + ")"));
            button.setFocusTraversable(false);
            button.setOnAction(e -> vm.show(panel));
            buttons.put(panel, button);
            getChildren().add(button);
        }
        // A click on the selected button would unselect it; the rail always shows where you are.
        vm.panelProperty().addListener((obs, old, panel) -> select(panel));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                select(vm.panelProperty().get());
            }
        });
        select(vm.panelProperty().get());
        getStyleClass().add("nav-rail");
    }

    private void select(Panel panel) {
        buttons.get(panel).setSelected(true);
    }

    private static Ikon icon(Panel panel) {
        return switch (panel) {
            case HOME -> Material2AL.HOME;
            case CATALOG -> Material2AL.ACCOUNT_TREE;
            case SQL -> Material2AL.CODE;
            case CONNECTIONS -> Material2AL.CLOUD_QUEUE;
            case MEDALLION -> Material2AL.LAYERS;
        };
    }
}
