package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A Delta table's page: its name and folder, the time-travel banner, the table's error, and the tabs. */
final class TablePageView extends VBox {
    private final TablePageViewModel vm;

    TablePageView(TablePageViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        var error = Banner.error(vm.error(), errors);
        error.setId("table-error");
        var tabs = new TabPane(
                tab("data", "Data", () -> new DataTab(vm.data(), errors)),
                tab("schema", "Schema", () -> new SchemaTab(vm.schema(), errors)),
                tab("details", "Details", () -> new DetailsTab(vm.details(), errors)),
                tab("history", "History", () -> new HistoryTab(vm, errors)),
                tab("timetravel", "Time travel", () -> new TimeTravelTab(vm, errors)),
                tab("compare", "Compare versions", () -> new CompareTab(vm.compare(), errors)),
                tab("maintenance", "Maintenance", () -> new MaintenanceTab(vm.maintenance(), errors)));
        tabs.setId("table-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null && "table-tab-compare".equals(tab.getId())) {
                vm.compare().activate();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header(), banner(), error, tabs);
        getStyleClass().add("table-page");
    }

    private HBox header() {
        var title = new Label(vm.title());
        title.setId("table-title");
        title.getStyleClass().add(Styles.TITLE_3);
        var location = new Label();
        location.setId("table-location");
        location.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        location.textProperty().bind(vm.refProperty().map(String::valueOf).orElse("Finding the table…"));
        var names = new VBox(2, title, location);
        HBox.setHgrow(names, Priority.ALWAYS);
        var reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setId("table-reload");
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reload.setTooltip(new Tooltip("Read the table again (F5): its history, and the shown version's tabs"));
        reload.disableProperty().bind(vm.refProperty().isNull());
        reload.setOnAction(e -> vm.reload());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5 && vm.refProperty().get() != null) {
                vm.reload();
                e.consume();
            }
        });
        var box = new HBox(8, names, reload);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("table-page-header");
        return box;
    }

    private HBox banner() {
        var text = new Label();
        text.getStyleClass().add("banner-text");
        text.textProperty().bind(vm.timeTravel().bannerProperty());
        var back = new Hyperlink("Back to latest");
        back.setId("table-back-to-latest");
        back.setOnAction(e -> vm.timeTravel().backToLatest());
        var banner = new HBox(8, new FontIcon(Material2AL.HISTORY), text, new Label("·"), back);
        banner.setId("table-timetravel-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("banner", "banner-timetravel");
        banner.visibleProperty().bind(vm.timeTravel().bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /**
     * A tab whose content is built when it is first shown: building all seven at once held the FX thread for
     * 150–350 ms when a table opened (bench/catalog.sh); the view-models behind them load regardless.
     */
    private static Tab tab(String id, String title, Supplier<Node> content) {
        var tab = new Tab(title);
        tab.setId("table-tab-" + id);
        ChangeListener<Boolean> build = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (selected && tab.getContent() == null) {
                    tab.setContent(content.get());
                    tab.selectedProperty().removeListener(this);
                }
            }
        };
        tab.selectedProperty().addListener(build);
        if (tab.isSelected()) {
            tab.setContent(content.get());
        }
        return tab;
    }
}
