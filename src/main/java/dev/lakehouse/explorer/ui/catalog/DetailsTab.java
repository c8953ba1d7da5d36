package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.catalog.DetailsTabViewModel.Fact;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** The Details tab: location, size, files, partitioning, protocol and features, dates; then the properties. */
final class DetailsTab extends VBox {
    private static final double ROW_HEIGHT = 28;

    DetailsTab(DetailsTabViewModel vm, ErrorPresenter errors) {
        super(8);
        var facts = table(vm.facts(), "table-details", "", "");
        facts.getStyleClass().add("no-header");
        facts.setFixedCellSize(ROW_HEIGHT);
        // As tall as its facts: they are few, and the properties below take the rest of the height.
        facts.prefHeightProperty().bind(Bindings.size(vm.facts()).multiply(ROW_HEIGHT).add(4));
        facts.setMinHeight(Region.USE_PREF_SIZE);
        var propertiesTitle = new Label("Properties");
        propertiesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        var properties = table(vm.properties(), "table-properties", "Key", "Value");
        properties.setPlaceholder(new Label("No properties"));
        VBox.setVgrow(properties, Priority.ALWAYS);
        getChildren().addAll(Banner.error(vm.error(), errors), facts, propertiesTitle, properties);
        getStyleClass().add("table-tab");
    }

    private static TableView<Fact> table(ObservableList<Fact> items, String id, String keyTitle, String valueTitle) {
        var table = new TableView<>(items);
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, "details-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var key = new TableColumn<Fact, String>(keyTitle);
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        key.setPrefWidth(200);
        key.setMaxWidth(320);
        key.getStyleClass().add("details-key");
        var value = new TableColumn<Fact, String>(valueTitle);
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        table.getColumns().setAll(List.of(key, value));
        table.setPlaceholder(new Label("No details"));
        return table;
    }
}
