package dev.lakehouse.explorer.ui.medallion;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;

/** One node of the lineage graph: name, table, status with its counts, and the quarantine link when rows went there. */
public final class LineageNodeView extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** What the user can do with a node. */
    public interface Actions {
        void select(Lineage.Node node);

        boolean canOpen(Lineage.Node node);

        void open(Lineage.Node node);

        void openQuarantine(Lineage.Node node);
    }

    private final Lineage.Node node;

    LineageNodeView(Lineage.Node node, Actions actions) {
        this.node = node;
        setId("lineage-" + (node.step() != null ? node.step() : node.id().replace(':', '-')));
        getStyleClass().addAll("lineage-node", "tier-" + node.tier().name().toLowerCase(Locale.ROOT),
                "status-" + node.status().css());
        setPrefSize(LineageGraph.NODE_WIDTH, LineageGraph.NODE_HEIGHT);
        setMinSize(LineageGraph.NODE_WIDTH, LineageGraph.NODE_HEIGHT);
        setMaxSize(LineageGraph.NODE_WIDTH, LineageGraph.NODE_HEIGHT);
        setFocusTraversable(true);
        var title = new Label(node.label(), new FontIcon(icon(node)));
        title.getStyleClass().add("lineage-title");
        var detail = new Label(node.kind() == Lineage.Kind.SOURCE_FOLDER ? node.detail() : node.detail());
        detail.getStyleClass().add("lineage-detail");
        getChildren().addAll(title, detail);
        if (node.kind() == Lineage.Kind.STEP) {
            getChildren().add(statusLine());
            if (node.quarantined() > 0) {
                var link = new Hyperlink(String.format("%,d quarantined", node.quarantined()));
                link.setId("quarantine-" + node.step());
                link.getStyleClass().add("lineage-quarantine");
                link.setOnAction(e -> actions.openQuarantine(node));
                getChildren().add(link);
            }
        }
        Tooltip.install(this, new Tooltip(tooltip()));
        var menu = menu(actions);
        setOnContextMenuRequested(e -> {
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            requestFocus();
            actions.select(node);
            if (e.getClickCount() == 2 && actions.canOpen(node)) {
                actions.open(node);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                actions.select(node);
                e.consume();
            } else if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                menu.show(this, Side.BOTTOM, 12, -12);
                e.consume();
            }
        });
    }

    private HBox statusLine() {
        var text = new Label(statusText());
        text.getStyleClass().add("lineage-status");
        var line = new HBox(6);
        line.setAlignment(Pos.CENTER_LEFT);
        if (node.status() == NodeStatus.RUNNING) {
            var spinner = new ProgressIndicator(-1);
            spinner.getStyleClass().add("lineage-spinner");
            line.getChildren().add(spinner);
        } else {
            var icon = new FontIcon(statusIcon(node.status()));
            icon.getStyleClass().add("lineage-status-icon");
            line.getChildren().add(icon);
        }
        line.getChildren().add(text);
        return line;
    }

    private ContextMenu menu(Actions actions) {
        var select = new MenuItem("Select step");
        select.setDisable(node.step() == null);
        select.setOnAction(e -> actions.select(node));
        var open = new MenuItem(node.version() == null ? "Open in Catalog"
                : "Open in Catalog at version " + node.version(), new FontIcon(Material2MZ.OPEN_IN_NEW));
        open.setId("lineage-open-" + node.step());
        open.setDisable(!actions.canOpen(node));
        open.setOnAction(e -> actions.open(node));
        var quarantine = new MenuItem(String.format("Open quarantined rows (%,d)", node.quarantined()));
        quarantine.setDisable(node.quarantined() == 0);
        quarantine.setOnAction(e -> actions.openQuarantine(node));
        return new ContextMenu(select, new SeparatorMenuItem(), open, quarantine);
    }

    String statusText() {
        // succeeded says it with its colour and icon; the line has room for the counts then
        StringBuilder s = new StringBuilder();
        if (node.rowsWritten() != null && node.status() == NodeStatus.SUCCEEDED) {
            s.append(String.format("%,d rows written", node.rowsWritten()));
        } else {
            s.append(node.status().label());
        }
        if (node.version() != null) {
            s.append(" · v").append(node.version());
        }
        return s.toString();
    }

    private String tooltip() {
        String t = node.label() + "\n" + node.detail();
        if (node.kind() == Lineage.Kind.STEP) {
            t += "\n" + node.status().label() + " · " + statusText() + (node.error() == null ? "" : "\n" + node.error());
        }
        return t;
    }

    void setSelected(String step) {
        pseudoClassStateChanged(SELECTED, isStep(step));
    }

    boolean isStep(String step) {
        return step != null && step.equals(node.step());
    }

    private static Ikon icon(Lineage.Node n) {
        return switch (n.kind()) {
            case SOURCE_FOLDER -> Material2AL.FOLDER_OPEN;
            case EXTERNAL_TABLE -> Material2MZ.TABLE_CHART;
            case STEP -> Material2AL.LAYERS;
        };
    }

    private static Ikon statusIcon(NodeStatus s) {
        return switch (s) {
            case SUCCEEDED -> Material2AL.CHECK_CIRCLE;
            case FAILED -> Material2AL.ERROR;
            case SKIPPED -> Material2MZ.SKIP_NEXT;
            case PENDING -> Material2AL.HOURGLASS_EMPTY;
            case RUNNING -> Material2MZ.PLAY_ARROW;
            case NEVER_RUN -> Material2AL.FIBER_MANUAL_RECORD;
        };
    }
}
