package dev.lakehouse.explorer.ui.home;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The tables whose data changed last; a double click opens one in SQL. */
final class RecentTables extends TableView<TableSummary> {
    private static final double ROW_HEIGHT = 34;

    RecentTables(ObservableList<TableSummary> tables, Consumer<TableSummary> onOpen) {
        super(tables);
        setId("home-recent-tables");
        getStyleClass().addAll("recent-tables", Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        getColumns().add(column("Table", 0.4, TableSummary::qualifiedName));
        getColumns().add(column("Format", 0.15, TableSummary::format));
        getColumns().add(column("Kind", 0.15, t -> t.kind().toLowerCase(Locale.ROOT)));
        getColumns().add(column("Last modified", 0.3,
                t -> TimeAgo.of(t.lastModified(), Instant.now(), ZoneId.systemDefault())));
        setPlaceholder(new Label("No tables yet."));
        setFixedCellSize(ROW_HEIGHT);
        // As tall as its rows: the page scrolls, not this table.
        prefHeightProperty().bind(Bindings.size(tables).multiply(ROW_HEIGHT).add(ROW_HEIGHT + 8)
                .map(h -> Math.max(h.doubleValue(), 3 * ROW_HEIGHT)));
        setRowFactory(tv -> {
            var row = new TableRow<TableSummary>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
    }

    private TableColumn<TableSummary, String> column(String title, double share, Function<TableSummary, String> value) {
        var col = new TableColumn<TableSummary, String>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.prefWidthProperty().bind(widthProperty().subtract(24).multiply(share)); // room for the scroll bar
        col.setSortable(false);
        return col;
    }
}
