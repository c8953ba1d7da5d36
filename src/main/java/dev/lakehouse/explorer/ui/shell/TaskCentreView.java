package dev.lakehouse.explorer.ui.shell;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.TaskCentre;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** What runs now, in the status bar: each task's title, progress and a cancel button. */
final class TaskCentreView extends HBox {

    TaskCentreView(TaskCentre centre) {
        setId("task-centre");
        getStyleClass().add("task-centre");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        centre.tasks().addListener((ListChangeListener<RunningTask>) c -> getChildren().setAll(
                centre.tasks().stream().map(TaskCentreView::chip).toList()));
    }

    private static HBox chip(RunningTask task) {
        var title = new Label();
        title.textProperty().bind(task.messageProperty());
        title.setMaxWidth(280);
        title.setTooltip(new Tooltip(task.title()));
        var bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(90);
        bar.getStyleClass().add(Styles.SMALL);
        var cancel = new Button(null, new FontIcon(Material2AL.CLOSE));
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "task-cancel");
        cancel.setTooltip(new Tooltip("Cancel " + task.title()));
        cancel.setOnAction(e -> task.cancel());
        var chip = new HBox(6, title, bar, cancel);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("task-chip");
        return chip;
    }
}
