package dev.lakehouse.explorer.ui.connections;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.ui.common.Banner;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Connections panel: connections and secret scopes on the left; the selected connection (form, test, storage),
 * scope, or the workshop setup on the right. The view-model's questions show here as confirmation dialogs.
 */
public final class ConnectionsView extends SplitPane {
    private final ConnectionsViewModel vm;
    private final StackPane detailHost = new StackPane();
    private final ConnectionDetailView connection;
    private final ScopeView scope;
    private final ScrollPane workshop;
    private final Node empty;

    public ConnectionsView(ConnectionsViewModel vm, ErrorPresenter errors) {
        this.vm = vm;
        this.connection = new ConnectionDetailView(vm, errors);
        this.scope = new ScopeView(vm.scope(), errors);
        this.workshop = new ScrollPane(new WorkshopSetupView(vm.workshop()));
        workshop.setFitToWidth(true);
        this.empty = emptyState();
        var error = Banner.error(vm.error(), errors);
        error.setId("connections-error");
        var sidebar = new ConnectionsSidebar(vm, this::showBrowse);
        var left = new VBox(10, sidebar, error);
        VBox.setVgrow(sidebar, javafx.scene.layout.Priority.ALWAYS);
        left.getStyleClass().add("connections-left");
        detailHost.getStyleClass().add("connections-detail-host");
        detailHost.setPadding(new Insets(16, 20, 16, 20));
        getItems().addAll(left, detailHost);
        setDividerPositions(0.27);
        SplitPane.setResizableWithParent(left, false);
        vm.detailProperty().addListener((obs, old, detail) -> showDetail(detail));
        vm.question().questionProperty().addListener((obs, old, question) -> {
            if (question != null) {
                ConnectionDialogs.confirm(this, question, vm.question());
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                vm.refresh(); // each time the panel is shown: another panel or the CLI may have changed them
            }
        });
        showDetail(vm.detailProperty().get());
        getStyleClass().add("connections-view");
    }

    /** Shows the open connection's storage (Enter in the list). */
    public void showBrowse() {
        connection.showBrowse();
    }

    private void showDetail(ConnectionsViewModel.Detail detail) {
        Node content = switch (detail) {
            case CONNECTION -> connection;
            case SCOPE -> scope;
            case WORKSHOP -> workshop;
            case NONE -> empty;
        };
        detailHost.getChildren().setAll(content);
    }

    private static Node emptyState() {
        var hint = new Label("Select a connection or a secret scope, or create one. New here? Run the workshop setup.",
                new FontIcon(Material2AL.CLOUD_QUEUE));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("empty-state", Styles.TEXT_MUTED);
        return hint;
    }
}
