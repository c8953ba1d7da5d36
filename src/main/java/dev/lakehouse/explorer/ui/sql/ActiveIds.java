package dev.lakehouse.explorer.ui.sql;

import javafx.scene.Node;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stable ids ({@code #sql-results}, {@code #sql-chart-toggle}, …) for the nodes of the selected result tab only.
 * Every tab has the same nodes; were the ids on all of them, a lookup would find a hidden tab's first.
 */
final class ActiveIds {
    private final Map<Node, String> ids = new LinkedHashMap<>();

    void add(Node node, String id) {
        if (node != null) {
            ids.put(node, id);
        }
    }

    void apply(boolean active) {
        ids.forEach((node, id) -> node.setId(active ? id : null));
    }
}
