package dev.lakehouse.explorer.ui.sql;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The result tabs, kept in step with {@link ResultTabs}: one {@link Tab} per result, selection both ways. A pinned
 * tab shows a pin and cannot be closed by its ×; the tab's menu pins, unpins and closes.
 */
final class ResultTabsView extends TabPane {
    private final ResultTabs model;
    private final Consumer<Node> saveAsPng;
    private final Map<ResultTabViewModel, Tab> tabs = new IdentityHashMap<>();
    private boolean syncing;

    ResultTabsView(ResultTabs model, Consumer<Node> saveAsPng) {
        this.model = model;
        this.saveAsPng = saveAsPng;
        setId("sql-tabs");
        getStyleClass().add("result-tabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        setTabDragPolicy(TabDragPolicy.FIXED);
        model.list().forEach(this::add);
        model.list().addListener((ListChangeListener<ResultTabViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::remove);
                c.getAddedSubList().forEach(this::add);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> select(now));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selected(old, now));
        select(model.selectedProperty().get());
    }

    private void add(ResultTabViewModel vm) {
        var tab = new Tab(vm.title(), new ResultTabView(vm, saveAsPng));
        tab.setUserData(vm);
        tab.setTooltip(new Tooltip(vm.statement()));
        tab.setOnCloseRequest(e -> {
            e.consume(); // the model closes it, and releases the cursor
            model.close(vm);
        });
        tab.setContextMenu(menu(vm));
        vm.pinnedProperty().addListener((obs, was, pinned) -> showPinned(tab, pinned));
        showPinned(tab, vm.pinnedProperty().get());
        tabs.put(vm, tab);
        syncing = true;
        try {
            getTabs().add(tab);
        } finally {
            syncing = false;
        }
    }

    private void remove(ResultTabViewModel vm) {
        Tab tab = tabs.remove(vm);
        if (tab != null) {
            syncing = true;
            try {
                getTabs().remove(tab);
            } finally {
                syncing = false;
            }
        }
    }

    private void select(ResultTabViewModel vm) {
        Tab tab = vm == null ? null : tabs.get(vm);
        if (tab != null && getSelectionModel().getSelectedItem() != tab) {
            getSelectionModel().select(tab);
        }
    }

    private void selected(Tab old, Tab now) {
        if (old != null && old.getContent() instanceof ResultTabView v) {
            v.setActive(false);
        }
        if (now != null && now.getContent() instanceof ResultTabView v) {
            v.setActive(true);
        }
        if (!syncing && now != null) {
            model.selectedProperty().set((ResultTabViewModel) now.getUserData());
        }
    }

    private static void showPinned(Tab tab, boolean pinned) {
        tab.setGraphic(pinned ? new FontIcon(Material2MZ.PUSH_PIN) : null);
        tab.setClosable(!pinned);
        tab.getStyleClass().remove("pinned");
        if (pinned) {
            tab.getStyleClass().add("pinned");
        }
    }

    private ContextMenu menu(ResultTabViewModel vm) {
        var pin = new MenuItem();
        pin.textProperty().bind(vm.pinnedProperty().map(p -> p ? "Unpin" : "Pin — keep this result open"));
        pin.setOnAction(e -> vm.pinnedProperty().set(!vm.pinnedProperty().get()));
        var close = new MenuItem("Close");
        close.disableProperty().bind(vm.pinnedProperty());
        close.setOnAction(e -> model.close(vm));
        var others = new MenuItem("Close other unpinned");
        others.setOnAction(e -> model.closeOthers(vm));
        var all = new MenuItem("Close all unpinned");
        all.setOnAction(e -> model.closeUnpinned());
        return new ContextMenu(pin, new SeparatorMenuItem(), close, others, all);
    }
}
