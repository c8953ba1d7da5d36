package dev.lakehouse.explorer.ui.catalog;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Locale;

/** A schema (with its table count), a table (managed, external, or another format) or a view, or a note. */
final class CatalogTreeCell extends TreeCell<Object> {
    private static final List<String> KINDS = List.of("catalog-schema", "catalog-managed", "catalog-external",
            "catalog-view", "catalog-note");

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(KINDS);
        setTooltip(null);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
        } else if (item instanceof SchemaNode schema) {
            setText(null);
            var count = new Label(String.valueOf(schema.tableCountProperty().get()));
            count.getStyleClass().addAll("catalog-count", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            var row = new HBox(6, icon(Material2AL.LAYERS), new Label(schema.name()), count);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            getStyleClass().add("catalog-schema");
            setTooltip(new Tooltip(schema.name() + ": " + schema.tableCountProperty().get() + " tables and views"));
        } else if (item instanceof TableSummary table) {
            String kind = table.kind().toUpperCase(Locale.ROOT);
            boolean delta = "delta".equalsIgnoreCase(table.format());
            setText(table.name() + (delta || table.format().isEmpty() ? "" : "  (" + table.format() + ")"));
            setGraphic(icon(switch (kind) {
                case "VIEW" -> Material2MZ.VISIBILITY;
                case "EXTERNAL" -> Material2AL.LINK;
                default -> Material2MZ.TABLE_CHART;
            }));
            getStyleClass().add(switch (kind) {
                case "VIEW" -> "catalog-view";
                case "EXTERNAL" -> "catalog-external";
                default -> "catalog-managed";
            });
            setTooltip(new Tooltip(table.qualifiedName() + " · " + kind.toLowerCase(Locale.ROOT)
                    + (table.format().isEmpty() ? "" : " " + table.format() + " table")
                    + (table.location().isEmpty() ? "" : "\n" + table.location())));
        } else {
            setText(String.valueOf(item));
            setGraphic(null);
            getStyleClass().add("catalog-note");
        }
    }

    private static FontIcon icon(Ikon ikon) {
        var icon = new FontIcon(ikon);
        icon.getStyleClass().add("catalog-icon");
        return icon;
    }
}
