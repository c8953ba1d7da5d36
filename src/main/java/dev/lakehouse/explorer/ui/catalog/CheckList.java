package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;

import java.util.HashMap;
import java.util.Map;

/**
 * A list of names with a check box each, kept in step with a view-model's list of chosen names (in the order they
 * were ticked, which is the order keys and Z-ORDER columns are given in).
 */
final class CheckList extends ListView<String> {
    private final ObservableList<String> chosen;
    private final Map<String, BooleanProperty> ticks = new HashMap<>();
    private boolean syncing;

    CheckList(ObservableList<String> names, ObservableList<String> chosen) {
        super(names);
        this.chosen = chosen;
        getStyleClass().addAll(Styles.DENSE, "check-list");
        setCellFactory(CheckBoxListCell.forListView(this::tick));
        chosen.addListener((ListChangeListener<String>) c -> sync());
        names.addListener((ListChangeListener<String>) c -> sync());
        setPrefHeight(150);
    }

    private BooleanProperty tick(String name) {
        return ticks.computeIfAbsent(name, n -> {
            var p = new SimpleBooleanProperty(chosen.contains(n));
            p.addListener((obs, was, on) -> {
                if (syncing) {
                    return;
                }
                if (on && !chosen.contains(n)) {
                    chosen.add(n);
                } else if (!on) {
                    chosen.remove(n);
                }
            });
            return p;
        });
    }

    private void sync() {
        syncing = true;
        try {
            ticks.forEach((name, p) -> p.set(chosen.contains(name)));
        } finally {
            syncing = false;
        }
    }
}
