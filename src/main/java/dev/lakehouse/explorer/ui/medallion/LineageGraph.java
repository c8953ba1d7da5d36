package dev.lakehouse.explorer.ui.medallion;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

import java.util.HashMap;
import java.util.Map;

/**
 * A pipeline's lineage as a left-to-right DAG: one column per depth (source folders first, then bronze, silver,
 * gold), an edge per dependency with the rows that went along it in the last run, and each node coloured by how
 * its step last ran. Nodes are focusable: Tab moves between them, Enter selects, the context menu key opens the
 * node's actions. Redrawn whole on every change: a pipeline has tens of steps, not thousands.
 */
public final class LineageGraph extends Pane {
    static final double NODE_WIDTH = 210;
    static final double NODE_HEIGHT = 92;
    static final double COLUMN_GAP = 80;
    static final double ROW_GAP = 22;
    static final double MARGIN = 16;
    private final ObjectProperty<Lineage> lineage = new SimpleObjectProperty<>(Lineage.EMPTY);
    private final StringProperty selectedStep = new SimpleStringProperty();
    private final Group edges = new Group();
    private final Group nodes = new Group();
    private final Map<String, LineageNodeView> views = new HashMap<>();
    private final LineageNodeView.Actions actions;

    /**
     * @param actions what a node's click, Enter, double-click and context menu do
     */
    public LineageGraph(LineageNodeView.Actions actions) {
        this.actions = actions;
        getChildren().addAll(edges, nodes);
        getStyleClass().add("lineage-graph");
        lineage.addListener((obs, old, now) -> redraw());
        selectedStep.addListener((obs, old, now) -> views.values().forEach(v -> v.setSelected(now)));
        redraw();
    }

    public ObjectProperty<Lineage> lineageProperty() {
        return lineage;
    }

    /** The step shown as selected (a node with an outline). */
    public StringProperty selectedStepProperty() {
        return selectedStep;
    }

    /** Moves the focus to the selected node, or the first one. */
    public void focusFirst() {
        views.values().stream().filter(v -> v.isStep(selectedStep.get())).findFirst()
                .or(() -> views.values().stream().findFirst()).ifPresent(LineageNodeView::requestFocus);
    }

    private void redraw() {
        Lineage l = lineage.get() == null ? Lineage.EMPTY : lineage.get();
        edges.getChildren().clear();
        nodes.getChildren().clear();
        views.clear();
        int maxRow = 0;
        // spec order within each depth keeps Tab order natural: column by column, top to bottom
        var ordered = l.nodes().stream().sorted(java.util.Comparator.comparingInt(Lineage.Node::depth)
                .thenComparingInt(Lineage.Node::row)).toList();
        for (Lineage.Node n : ordered) {
            var view = new LineageNodeView(n, actions);
            view.relocate(x(n), y(n));
            view.setSelected(selectedStep.get());
            views.put(n.id(), view);
            nodes.getChildren().add(view);
            maxRow = Math.max(maxRow, n.row());
        }
        for (Lineage.Edge e : l.edges()) {
            l.node(e.from()).ifPresent(from -> l.node(e.to()).ifPresent(to -> drawEdge(from, to, e)));
        }
        setPrefSize(MARGIN * 2 + Math.max(1, l.depth()) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP,
                MARGIN * 2 + (maxRow + 1) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP);
    }

    private void drawEdge(Lineage.Node from, Lineage.Node to, Lineage.Edge e) {
        double sx = x(from) + NODE_WIDTH;
        double sy = y(from) + NODE_HEIGHT / 2;
        double ex = x(to) - 6;
        double ey = y(to) + NODE_HEIGHT / 2;
        double bend = Math.max(30, (ex - sx) / 2);
        var curve = new CubicCurve(sx, sy, sx + bend, sy, ex - bend, ey, ex, ey);
        curve.getStyleClass().addAll("lineage-edge", "status-" + to.status().css());
        var head = new Polygon(ex, ey - 5, ex + 6, ey, ex, ey + 5);
        head.getStyleClass().addAll("lineage-arrow", "status-" + to.status().css());
        edges.getChildren().addAll(curve, head);
        if (e.rows() != null) {
            var label = new Label(String.format("%,d rows", e.rows()));
            label.getStyleClass().add("lineage-edge-label");
            label.setId("edge-" + (from.step() == null ? from.id() : from.step()) + "-" + to.step());
            // the curve's middle; the label's size is known only after layout, so centre it on its own width
            label.layoutXProperty().bind(label.widthProperty().divide(-2).add((sx + ex) / 2));
            label.setLayoutY((sy + ey) / 2 - 20);
            edges.getChildren().add(label);
        }
    }

    private static double x(Lineage.Node n) {
        return MARGIN + n.depth() * (NODE_WIDTH + COLUMN_GAP);
    }

    private static double y(Lineage.Node n) {
        return MARGIN + n.row() * (NODE_HEIGHT + ROW_GAP);
    }

    /** The node drawn for a lineage node id, for tests. */
    LineageNodeView view(String id) {
        return views.get(id);
    }
}
