package dev.lakehouse.explorer.ui.home;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.lakehouse.explorer.engine.EngineInfo;
import dev.lakehouse.explorer.ui.common.EngineBadge;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Home panel: the workspace, the engine, the schemas and recent tables, and the sample-data action. */
public final class HomeView extends ScrollPane {
    private final HomeViewModel vm;
    private final SampleAction sample;

    public HomeView(HomeViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.sample = new SampleAction(vm);
        var page = new VBox(24, header(), engineStrip(), new HomeBanners(vm, errors), sample.hero(),
                schemasSection(), recentSection());
        page.getStyleClass().add("home-page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().addAll("home-view", Tweaks.EDGE_TO_EDGE);
    }

    private HBox header() {
        var title = new Label("Your lakehouse");
        title.getStyleClass().add(Styles.TITLE_1);
        var path = new Label(String.valueOf(vm.info().workspace()), new FontIcon(Material2AL.FOLDER));
        path.setId("home-workspace");
        path.getStyleClass().addAll(Styles.TEXT_MUTED, "workspace-path");
        var titles = new VBox(4, title, path);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var row = new HBox(8, titles, spacer);
        WorkspaceFolder.openButton(vm.info().workspace()).ifPresent(row.getChildren()::add);
        var refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setId("home-refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Read the catalog again"));
        refresh.disableProperty().bind(vm.canCreateSamplesProperty().not());
        refresh.setOnAction(e -> vm.refresh());
        row.getChildren().add(refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox engineStrip() {
        EngineInfo info = vm.info();
        var facts = new Label("Spark " + info.sparkVersion() + "  ·  Delta Lake " + info.deltaVersion()
                + "  ·  " + info.master() + "  ·  Lakehouse Explorer " + info.appVersion());
        facts.setId("home-engine-info");
        facts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var strip = new HBox(12, new EngineBadge(vm.engineStatusProperty()), spacer, facts);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("engine-strip");
        return strip;
    }

    private VBox schemasSection() {
        var title = sectionTitle("Schemas");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var head = new HBox(8, title, spacer, sample.secondarySlot());
        head.setAlignment(Pos.CENTER_LEFT);
        var cards = new SchemaCards(vm.schemas(), vm::showTables);
        var loaded = vm.catalogStateProperty().isEqualTo(CatalogState.LOADED).and(Bindings.isNotEmpty(vm.schemas()));
        cards.visibleProperty().bind(loaded);
        cards.managedProperty().bind(loaded);
        var placeholder = catalogPlaceholder();
        placeholder.visibleProperty().bind(loaded.not());
        placeholder.managedProperty().bind(loaded.not());
        return new VBox(12, head, cards, placeholder);
    }

    private StackPane catalogPlaceholder() {
        var spinner = new ProgressIndicator(-1);
        spinner.getStyleClass().add("status-spinner");
        var busy = vm.catalogBusyProperty();
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(busy);
        var message = new Label();
        message.setId("home-catalog-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.catalogMessageProperty());
        message.graphicProperty().bind(vm.catalogStateProperty().map(s -> s == CatalogState.UNAVAILABLE
                ? new FontIcon(Material2AL.ERROR_OUTLINE) : null));
        message.getStyleClass().add(Styles.TEXT_MUTED);
        var row = new HBox(10, spinner, message);
        row.setAlignment(Pos.CENTER_LEFT);
        var box = new StackPane(row);
        box.getStyleClass().add("catalog-placeholder");
        return box;
    }

    private VBox recentSection() {
        var hint = new Label("Double-click a table to query it");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var head = new HBox(8, sectionTitle("Recent tables"), spacer, hint);
        head.setAlignment(Pos.BASELINE_LEFT);
        var table = new RecentTables(vm.recentTables(), vm::queryTable);
        var section = new VBox(12, head, table);
        var loaded = vm.catalogStateProperty().isEqualTo(CatalogState.LOADED);
        section.visibleProperty().bind(loaded);
        section.managedProperty().bind(loaded);
        return section;
    }

    private static Label sectionTitle(String text) {
        var label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_3, "section-title");
        return label;
    }
}
