package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Catalog panel: the tree of schemas and tables on the left, the selected table's page on the right. */
public final class CatalogView extends SplitPane {
    private final CatalogViewModel vm;
    private final ErrorPresenter errors;
    private final StackPane pageHost = new StackPane();

    public CatalogView(CatalogViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.errors = errors;
        getItems().addAll(sidebar(), pageHost);
        setDividerPositions(0.24);
        SplitPane.setResizableWithParent(getItems().get(0), false);
        pageHost.getStyleClass().add("catalog-page-host");
        vm.pageProperty().addListener((obs, old, page) -> showPage(page));
        showPage(vm.pageProperty().get());
        new FolderDialogs(vm.folders(), this);
        getStyleClass().add("catalog-view");
    }

    private VBox sidebar() {
        var title = new Label("Catalog");
        title.getStyleClass().add(Styles.TITLE_4);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setId("catalog-refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Read the catalog again"));
        refresh.setOnAction(e -> vm.refresh());
        var head = new HBox(6, title, spacer, refresh);
        head.setAlignment(Pos.CENTER_LEFT);

        var open = new Button("Open Delta folder…", new FontIcon(Material2AL.FOLDER_OPEN));
        open.setId("catalog-open-folder");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setTooltip(new Tooltip("Open a Delta table by its folder, or a folder of Parquet, CSV or JSON files"));
        open.disableProperty().bind(vm.folders().busyProperty());
        open.setOnAction(e -> chooseFolder());

        var filter = new TextField();
        filter.setId("catalog-filter");
        filter.setPromptText("Filter tables");
        filter.textProperty().bindBidirectional(vm.filterProperty());

        var error = Banner.error(vm.error(), errors);
        error.setId("catalog-error");
        var notice = Banner.success(vm.noticeProperty(), vm::clearMessages);
        notice.setId("catalog-notice");

        var box = new VBox(8, head, open, filter, notice, error, treeArea());
        box.getStyleClass().add("catalog-sidebar");
        box.setMinWidth(220);
        return box;
    }

    private StackPane treeArea() {
        var tree = new CatalogTree(vm);
        var spinner = new ProgressIndicator(-1);
        spinner.getStyleClass().add("status-spinner");
        spinner.visibleProperty().bind(vm.loadingProperty());
        var message = new Label();
        message.setId("catalog-message");
        message.setWrapText(true);
        message.getStyleClass().addAll(Styles.TEXT_MUTED, "catalog-message");
        message.textProperty().bind(vm.messageProperty());
        var placeholder = new VBox(10, spinner, message);
        placeholder.setAlignment(Pos.TOP_CENTER);
        placeholder.visibleProperty().bind(Bindings.isEmpty(vm.schemas()));
        tree.visibleProperty().bind(placeholder.visibleProperty().not());
        var area = new StackPane(tree, placeholder);
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    private void chooseFolder() {
        var chooser = new DirectoryChooser();
        chooser.setTitle("Open a Delta table or a folder of data files");
        var folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (folder != null) {
            vm.openFolder(folder.toPath());
        }
    }

    private void showPage(CatalogPage page) {
        Node content;
        if (page instanceof TablePageViewModel table) {
            content = new TablePageView(table, errors);
        } else if (page instanceof DatasetPageViewModel dataset) {
            content = new DatasetPageView(dataset, errors);
        } else {
            var hint = new Label("Select a table in the catalog, or open a Delta folder.",
                    new FontIcon(Material2MZ.TABLE_CHART));
            hint.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
            content = hint;
        }
        pageHost.getChildren().setAll(content);
    }
}
