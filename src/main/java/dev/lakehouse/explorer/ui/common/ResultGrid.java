package dev.lakehouse.explorer.ui.common;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.sql.Column;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A grid of result rows as a view-model pages them in: the columns are rebuilt when the column list changes, rows
 * are appended as pages arrive, and "Load more rows" asks for the next page. Sorting is off on purpose: a page is
 * not the whole result, and sorting it would show an order the data does not have.
 */
public final class ResultGrid extends VBox {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final int SAMPLE_ROWS = 100;
    private final TableView<List<Object>> table = new TableView<>();
    private final ObservableList<Column> columns;

    public ResultGrid(ObservableList<Column> columns, ObservableList<List<Object>> rows, ObservableBooleanValue hasMore,
                      ObservableBooleanValue loading, Runnable loadMore) {
        this.columns = columns;
        table.setItems(rows);
        table.getStyleClass().addAll("result-grid", Styles.DENSE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelection(false);
                e.consume();
            }
        });
        table.setContextMenu(contextMenu());
        var empty = new Label();
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(Bindings.when(loading).then("Reading rows…").otherwise("No rows"));
        table.setPlaceholder(empty);
        columns.addListener((ListChangeListener<Column>) c -> rebuildColumns());
        rows.addListener((ListChangeListener<List<Object>>) c -> {
            // Size the columns to the first page only: later pages must not make columns jump under the reader.
            if (c.next() && c.getFrom() == 0 && c.wasAdded()) {
                fitColumns();
            }
        });
        rebuildColumns();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, footer(hasMore, loading, loadMore));
        getStyleClass().add("result-grid-box");
    }

    public TableView<List<Object>> table() {
        return table;
    }

    private HBox footer(ObservableBooleanValue hasMore, ObservableBooleanValue loading, Runnable loadMore) {
        var button = new Button("Load more rows", new FontIcon(Material2MZ.MORE_HORIZ));
        button.setId("sql-load-more");
        button.getStyleClass().add(Styles.FLAT);
        button.disableProperty().bind(loading);
        button.setOnAction(e -> loadMore.run());
        var bar = new HBox(button);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("result-grid-footer");
        bar.visibleProperty().bind(hasMore);
        bar.managedProperty().bind(hasMore);
        return bar;
    }

    private void rebuildColumns() {
        boolean hadColumns = !table.getColumns().isEmpty();
        table.getColumns().clear();
        table.getSelectionModel().clearSelection();
        if (columns.isEmpty()) {
            return;
        }
        table.getColumns().add(rowNumberColumn());
        for (int i = 0; i < columns.size(); i++) {
            table.getColumns().add(valueColumn(columns.get(i), i));
        }
        fitColumns();
        if (!hadColumns && table.getSkin() != null) {
            // JavaFX 21's skin, laid out once without columns, keeps showing "No columns in table" and an empty
            // header when columns arrive later (until the grid is resized): give it a fresh skin for its first ones.
            table.setSkin(new TableViewSkin<>(table));
        }
    }

    private static TableColumn<List<Object>, Object> rowNumberColumn() {
        var col = new TableColumn<List<Object>, Object>("#");
        col.setSortable(false);
        col.setReorderable(false);
        col.setPrefWidth(56);
        col.getStyleClass().add("row-number-column");
        col.setCellFactory(c -> new ValueCell(true));
        return col;
    }

    private static TableColumn<List<Object>, Object> valueColumn(Column column, int index) {
        var col = new TableColumn<List<Object>, Object>();
        var name = new Label(column.name());
        name.getStyleClass().add("column-name");
        var type = new Label(column.type());
        type.getStyleClass().addAll("column-type", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        var header = new VBox(name, type);
        header.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(header, new Tooltip(column.name() + " : " + column.type()));
        col.setGraphic(header);
        col.setSortable(false);
        col.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().get(index)));
        col.setCellFactory(c -> new ValueCell(false));
        return col;
    }

    private void fitColumns() {
        List<List<Object>> sample = table.getItems().subList(0, Math.min(SAMPLE_ROWS, table.getItems().size()));
        for (int i = 0; i < columns.size() && i + 1 < table.getColumns().size(); i++) {
            // The header's name is set bold and larger than the cells, so it needs more room per character.
            double width = Math.max(columns.get(i).name().length() * 10.5, columns.get(i).type().length() * 7.5);
            for (List<Object> row : sample) {
                width = Math.max(width, ValueFormat.format(row.get(i)).length() * 8.0);
            }
            table.getColumns().get(i + 1).setPrefWidth(Math.max(72, Math.min(420, width + 32)));
        }
    }

    private ContextMenu contextMenu() {
        var copy = new MenuItem("Copy");
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copySelection(false));
        var copyWithHeaders = new MenuItem("Copy with headers");
        copyWithHeaders.setOnAction(e -> copySelection(true));
        var selectAll = new MenuItem("Select all");
        selectAll.setOnAction(e -> table.getSelectionModel().selectAll());
        return new ContextMenu(copy, copyWithHeaders, selectAll);
    }

    private void copySelection(boolean withHeaders) {
        SortedMap<Integer, SortedMap<Integer, String>> cells = new TreeMap<>();
        for (TablePosition<?, ?> pos : table.getSelectionModel().getSelectedCells()) {
            int col = pos.getColumn() - 1; // the row-number column is not data
            if (col >= 0 && pos.getRow() >= 0) {
                Object value = table.getItems().get(pos.getRow()).get(col);
                cells.computeIfAbsent(pos.getRow(), r -> new TreeMap<>()).put(col, ValueFormat.format(value));
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        String headers = withHeaders ? headerLine(cells.values().iterator().next().keySet()) : "";
        var content = new ClipboardContent();
        content.putString(headers + toTsv(cells));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private String headerLine(Iterable<Integer> cols) {
        var names = new StringBuilder();
        cols.forEach(c -> names.append(names.length() == 0 ? "" : "\t").append(columns.get(c).name()));
        return names + "\n";
    }

    /** Selected cells as tab-separated lines, row by row, for pasting into a spreadsheet. */
    static String toTsv(SortedMap<Integer, SortedMap<Integer, String>> cells) {
        return cells.values().stream()
                .map(row -> String.join("\t", row.values()))
                .collect(Collectors.joining("\n"));
    }
}
