package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.catalog.TableSummary;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The schema → table tree. It is rebuilt from the view-model whenever a schema list, a table list or the filter
 * changes (cheap for catalogs of hundreds of tables), keeping which schemas are open and which table is selected.
 * Opening a schema asks the view-model to read its tables.
 */
final class CatalogTree extends TreeView<Object> {
    private final CatalogViewModel vm;
    private final Set<String> expanded = new HashSet<>();
    private final Set<SchemaNode> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean rebuilding;
    private boolean scheduled;

    CatalogTree(CatalogViewModel vm) {
        super(new TreeItem<>("catalog"));
        this.vm = vm;
        setId("catalog-tree");
        setShowRoot(false);
        getStyleClass().add("catalog-tree");
        setCellFactory(t -> new CatalogTreeCell());
        vm.schemas().addListener((ListChangeListener<SchemaNode>) c -> requestRebuild());
        vm.filterProperty().addListener((obs, old, now) -> requestRebuild());
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding && item != null && item.getValue() instanceof TableSummary table) {
                vm.open(table);
            }
        });
        rebuild();
    }

    /** One keystroke in the filter changes every schema's list: build the tree once, after all of them. */
    private void requestRebuild() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        List<SchemaNode> toRead = new ArrayList<>();
        rebuilding = true;
        try {
            String selected = selectedName();
            boolean filtering = !vm.filterProperty().get().isBlank();
            var root = getRoot();
            root.getChildren().clear();
            for (SchemaNode node : vm.schemas()) {
                watch(node);
                if (node.matches(vm.filterProperty().get())) {
                    var item = schemaItem(node, filtering);
                    root.getChildren().add(item);
                    if (item.isExpanded() && node.stateProperty().get() == SchemaNode.State.NOT_LOADED) {
                        toRead.add(node);
                    }
                }
            }
            reselect(selected);
        } finally {
            rebuilding = false;
        }
        toRead.forEach(vm::expand); // after the build: what they change asks for the next one
    }

    private TreeItem<Object> schemaItem(SchemaNode node, boolean filtering) {
        var item = new TreeItem<Object>(node);
        switch (node.stateProperty().get()) {
            case LOADED -> node.visibleTables().forEach(t -> item.getChildren().add(new TreeItem<>(t)));
            case FAILED -> item.getChildren().add(new TreeItem<>("Could not list the tables: " + node.errorProperty().get()));
            default -> item.getChildren().add(new TreeItem<>("Loading…"));
        }
        if (node.stateProperty().get() == SchemaNode.State.LOADED && item.getChildren().isEmpty()) {
            item.getChildren().add(new TreeItem<>(filtering ? "No match" : "No tables"));
        }
        item.setExpanded(expanded.contains(node.name()) || (filtering && !node.visibleTables().isEmpty()));
        item.expandedProperty().addListener((obs, was, open) -> {
            if (rebuilding) {
                return;
            }
            if (open) {
                expanded.add(node.name());
                vm.expand(node);
            } else {
                expanded.remove(node.name());
            }
        });
        return item;
    }

    private void watch(SchemaNode node) {
        if (watched.add(node)) {
            node.stateProperty().addListener((obs, old, state) -> requestRebuild());
            node.visibleTables().addListener((ListChangeListener<TableSummary>) c -> requestRebuild());
        }
    }

    private String selectedName() {
        var item = getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof TableSummary t ? t.qualifiedName() : null;
    }

    private void reselect(String name) {
        if (name == null) {
            return;
        }
        for (var schema : getRoot().getChildren()) {
            for (var table : schema.getChildren()) {
                if (table.getValue() instanceof TableSummary t && t.qualifiedName().equals(name)) {
                    getSelectionModel().select(table);
                    return;
                }
            }
        }
    }
}
