package dev.lakehouse.explorer.ui.home;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * "Create sample lakehouse": the prominent first-run action while bronze is empty, then a quieter secondary button
 * beside the schemas. It is one button that moves, so its id ({@code home-create-sample}) always finds it.
 */
final class SampleAction {
    private final HomeViewModel vm;
    private final Button button = new Button();
    private final VBox hero;
    private final HBox heroSlot = new HBox();
    private final HBox secondarySlot = new HBox();

    SampleAction(HomeViewModel vm) {
        this.vm = vm;
        button.setId("home-create-sample");
        button.disableProperty().bind(vm.canCreateSamplesProperty().not());
        button.setOnAction(e -> createOrConfirm());
        hero = buildHero();
        BooleanBinding firstRun = vm.catalogStateProperty().isEqualTo(CatalogState.LOADED)
                .and(vm.hasSampleTablesProperty().not());
        hero.visibleProperty().bind(firstRun);
        hero.managedProperty().bind(firstRun);
        vm.hasSampleTablesProperty().addListener((obs, was, has) -> place(has));
        place(vm.hasSampleTablesProperty().get());
    }

    VBox hero() {
        return hero;
    }

    HBox secondarySlot() {
        return secondarySlot;
    }

    private VBox buildHero() {
        var icon = new FontIcon(Material2MZ.ROCKET);
        icon.getStyleClass().add("hero-icon");
        var title = new Label("Start with the sample lakehouse");
        title.getStyleClass().add(Styles.TITLE_3);
        var text = new Label("Loads the workshop's sample files into Delta tables in the bronze schema, "
                + "ready to query and to refine into silver and gold.");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        heroSlot.setAlignment(Pos.CENTER_LEFT);
        var box = new VBox(10, new HBox(12, icon, title), text, heroSlot);
        box.getStyleClass().add("sample-hero");
        return box;
    }

    private void place(boolean hasSampleTables) {
        ((Pane) (hasSampleTables ? heroSlot : secondarySlot)).getChildren().remove(button);
        button.getStyleClass().removeAll(Styles.ACCENT, Styles.LARGE, Styles.BUTTON_OUTLINED);
        if (hasSampleTables) {
            button.setText("Reload sample lakehouse");
            button.setGraphic(new FontIcon(Material2MZ.REFRESH));
            button.getStyleClass().add(Styles.BUTTON_OUTLINED);
            button.setTooltip(new Tooltip("Replace the bronze sample tables with fresh copies of the sample files"));
            secondarySlot.getChildren().setAll(button);
        } else {
            button.setText("Create sample lakehouse");
            button.setGraphic(new FontIcon(Material2AL.ADD_CIRCLE_OUTLINE));
            button.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
            button.setTooltip(new Tooltip("Create bronze tables from the sample files"));
            heroSlot.getChildren().setAll(button);
        }
    }

    private void createOrConfirm() {
        if (vm.hasSampleTablesProperty().get() && !confirmReload()) {
            return;
        }
        vm.createSampleLakehouse();
    }

    private boolean confirmReload() {
        var alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The bronze sample tables are replaced with fresh copies of the sample files. "
                        + "Changes made to them are lost; other tables are not touched.",
                ButtonType.CANCEL, ButtonType.OK);
        alert.setTitle("Lakehouse Explorer");
        alert.setHeaderText("Reload the sample lakehouse?");
        if (button.getScene() != null) {
            alert.initOwner(button.getScene().getWindow());
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
