package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.ui.common.EngineBadge;
import dev.lakehouse.explorer.ui.common.TaskCentre;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The bottom line: the engine's state, the running tasks and the log console switch. */
final class StatusBar extends HBox {

    StatusBar(ShellViewModel vm, TaskCentre centre) {
        var engine = new EngineBadge(vm.engineStatusProperty());
        engine.setId("engine-state");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var log = new ToggleButton("Log", new FontIcon(Material2MZ.SUBJECT));
        log.setId("log-toggle");
        log.getStyleClass().add("status-toggle");
        log.setTooltip(new Tooltip("Show or hide the log console (Ctrl+Shift+L)"));
        log.selectedProperty().bindBidirectional(vm.logConsoleVisibleProperty());
        log.setFocusTraversable(false);
        getChildren().addAll(engine, new Separator(Orientation.VERTICAL), new TaskCentreView(centre), spacer, log);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        getStyleClass().add("status-bar");
    }
}
