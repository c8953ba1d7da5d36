package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.connections.WorkshopSetup;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The workshop setup page: what it does, its numbered steps with their state, and where to go once it is done. */
final class WorkshopSetupView extends VBox {
    private final WorkshopSetupViewModel vm;

    WorkshopSetupView(WorkshopSetupViewModel vm) {
        this.vm = vm;
        var title = new Label("Workshop setup");
        title.getStyleClass().add(Styles.TITLE_3);
        var intro = new Label("Prepares the workshop's storage on the Azurite emulator: a local secret scope '"
                + WorkshopSetup.SCOPE + "', the emulator's development key stored in it, a connection '"
                + WorkshopSetup.CONNECTION + "' that references the key, and a small Delta table "
                + WorkshopSetup.TABLE + " in container '" + WorkshopSetup.CONTAINER + "'. Running it again keeps "
                + "what exists.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        var steps = new VBox(10);
        steps.setId("workshop-steps");
        vm.steps().forEach(s -> steps.getChildren().add(stepRow(s)));
        getChildren().addAll(new VBox(4, title, intro), endpointRow(), steps, actions());
        setSpacing(20);
        getStyleClass().add("workshop-view");
    }

    private HBox endpointRow() {
        var label = new Label("Azurite endpoint");
        var field = new javafx.scene.control.TextField();
        field.setId("workshop-endpoint");
        field.setPrefColumnCount(32);
        field.textProperty().bindBidirectional(vm.endpointProperty());
        field.disableProperty().bind(vm.runningProperty());
        label.setLabelFor(field);
        var row = new HBox(12, label, field);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox actions() {
        var run = new Button("Run setup", new FontIcon(Material2MZ.PLAY_ARROW));
        run.setId("workshop-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());
        var catalog = new Button("Open in Catalog", new FontIcon(Material2MZ.TABLE_CHART));
        catalog.setId("workshop-open-catalog");
        catalog.setOnAction(e -> vm.openInCatalog());
        var sql = new Button("Open SQL", new FontIcon(Material2AL.CODE));
        sql.setId("workshop-open-sql");
        sql.setOnAction(e -> vm.openSql());
        for (Button b : new Button[] {catalog, sql}) {
            b.visibleProperty().bind(vm.tableReadyProperty());
            b.managedProperty().bind(b.visibleProperty());
        }
        var row = new HBox(8, run, catalog, sql);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox stepRow(WorkshopStep step) {
        var number = new Label(String.valueOf(step.number()));
        number.getStyleClass().add("step-number");
        var title = new Label(step.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        var message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(step.messageProperty());
        message.visibleProperty().bind(step.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        step.stateProperty().addListener((obs, old, state) -> styleMessage(message, state));
        var text = new VBox(2, title, message);
        HBox.setHgrow(text, Priority.ALWAYS);
        var state = new StackPane();
        state.setMinWidth(24);
        state.getChildren().setAll(stateIcon(step.stateProperty().get()));
        step.stateProperty().addListener((obs, old, now) -> state.getChildren().setAll(stateIcon(now)));
        var row = new HBox(12, number, text, state);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("workshop-step");
        row.setId("workshop-step-" + step.number());
        return row;
    }

    private static void styleMessage(Label message, StepState state) {
        message.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        message.getStyleClass().add(state == StepState.FAILED ? Styles.DANGER : Styles.TEXT_MUTED);
    }

    private static Node stateIcon(StepState state) {
        return switch (state) {
            case PENDING -> styled(new FontIcon(Material2MZ.RADIO_BUTTON_UNCHECKED), "step-pending");
            case RUNNING -> {
                var spinner = new ProgressIndicator(-1);
                spinner.getStyleClass().add("status-spinner");
                yield spinner;
            }
            case DONE -> styled(new FontIcon(Material2AL.CHECK_CIRCLE), "check-ok");
            case FAILED -> styled(new FontIcon(Material2AL.ERROR_OUTLINE), "check-failed");
        };
    }

    private static FontIcon styled(FontIcon icon, String styleClass) {
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
