package dev.lakehouse.explorer.ui.home;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.Locale;
import java.util.function.Consumer;

/** One card per schema with its table count; the medallion layers get their colour and a line on their role. */
final class SchemaCards extends FlowPane {
    private final Consumer<SchemaSummary> onOpen;

    SchemaCards(ObservableList<SchemaSummary> schemas, Consumer<SchemaSummary> onOpen) {
        super(16, 16);
        this.onOpen = onOpen;
        setId("home-schemas");
        getStyleClass().add("schema-cards");
        schemas.addListener((ListChangeListener<SchemaSummary>) c -> rebuild(schemas));
        rebuild(schemas);
    }

    private void rebuild(ObservableList<SchemaSummary> schemas) {
        getChildren().setAll(schemas.stream().map(this::card).toList());
    }

    private Card card(SchemaSummary schema) {
        var icon = new FontIcon(Material2AL.LAYERS);
        icon.getStyleClass().add("schema-icon");
        var name = new Label(schema.name(), icon);
        name.getStyleClass().addAll(Styles.TITLE_4, "schema-name");
        var count = new Label(String.valueOf(schema.tableCount()));
        count.getStyleClass().addAll(Styles.TITLE_2, "schema-count");
        var unit = new Label(schema.tableCount() == 1 ? "table" : "tables");
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        var role = new Label(role(schema.name()));
        role.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        role.setWrapText(true);

        var card = new Card();
        card.setHeader(name);
        var figure = new HBox(6, count, unit);
        figure.setAlignment(Pos.BASELINE_LEFT);
        card.setBody(new VBox(2, figure, role));
        card.getStyleClass().addAll("schema-card", "tier-" + tier(schema.name()), Styles.INTERACTIVE);
        card.setCursor(Cursor.HAND);
        card.setOnMouseClicked(e -> onOpen.accept(schema));
        Tooltip.install(card, new Tooltip("Show the tables of " + schema.name() + " in SQL"));
        return card;
    }

    private static String tier(String schema) {
        String s = schema.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "bronze", "silver", "gold" -> s;
            default -> "other";
        };
    }

    private static String role(String schema) {
        return switch (tier(schema)) {
            case "bronze" -> "Raw data, as loaded from the source files";
            case "silver" -> "Cleaned, validated and conformed";
            case "gold" -> "Business-level aggregates, ready to report";
            default -> schema.equalsIgnoreCase("default") ? "Spark's default schema" : "Schema";
        };
    }
}
