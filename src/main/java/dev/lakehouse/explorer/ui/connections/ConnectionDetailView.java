package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * A connection on the right: its form (with the test rows) on one tab, its storage on the other. The Browse tab
 * lists the storage when first selected, and is closed to a connection not saved yet.
 */
final class ConnectionDetailView extends TabPane {
    private final Tab browse;

    ConnectionDetailView(ConnectionsViewModel vm, ErrorPresenter errors) {
        var formPane = new ScrollPane(new ConnectionFormView(vm.form(), errors));
        formPane.setFitToWidth(true);
        formPane.getStyleClass().add("connection-form-pane");
        var form = new Tab("Connection", formPane);
        form.setId("connection-tab-form");
        browse = new Tab("Browse", new StorageBrowserView(vm.browser(), errors));
        browse.setId("connection-tab-browse");
        browse.disableProperty().bind(vm.form().savedProperty().isNull());
        getTabs().addAll(form, browse);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                vm.browser().setActive(tab == browse));
        vm.form().savedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                getSelectionModel().select(form); // a new connection has no storage to browse yet
            }
        });
        getStyleClass().add("connection-detail");
    }

    /** Enter on a connection opens it on its storage. */
    void showBrowse() {
        getSelectionModel().select(browse);
    }
}
