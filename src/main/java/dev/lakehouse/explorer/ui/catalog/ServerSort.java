package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.delta.TableQuery.SortKey;
import dev.lakehouse.explorer.engine.sql.Column;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;

/**
 * Column-header sorting that Spark does: a header click changes the grid's sort order, which goes to the
 * view-model as sort keys; the rows stay as the engine returns them (a loaded page is not the whole table). The
 * grid's arrows are put back whenever it rebuilds its columns.
 */
final class ServerSort {
    private final TableView<List<Object>> table;
    private final ObservableList<Column> columns;
    private final DataTabViewModel vm;
    private boolean restoring;

    private ServerSort(TableView<List<Object>> table, ObservableList<Column> columns, DataTabViewModel vm) {
        this.table = table;
        this.columns = columns;
        this.vm = vm;
    }

    /** Call after the grid is built, so that its column rebuild runs before {@link #restore()}. */
    static void install(TableView<List<Object>> table, ObservableList<Column> columns, DataTabViewModel vm) {
        var sort = new ServerSort(table, columns, vm);
        table.setSortPolicy(t -> {
            sort.sortOrderChanged();
            return true;
        });
        columns.addListener((ListChangeListener<Column>) c -> sort.restore());
        sort.restore();
    }

    private void sortOrderChanged() {
        // Columns being cleared also empty the sort order; that is the grid rebuilding, not the user.
        if (restoring || table.getColumns().isEmpty()) {
            return;
        }
        List<SortKey> keys = new ArrayList<>();
        for (TableColumn<List<Object>, ?> col : table.getSortOrder()) {
            int index = table.getColumns().indexOf(col) - 1; // the row-number column is not data
            if (index >= 0 && index < columns.size()) {
                keys.add(new SortKey(columns.get(index).name(), col.getSortType() == TableColumn.SortType.ASCENDING));
            }
        }
        vm.sortBy(keys);
    }

    private void restore() {
        restoring = true;
        try {
            var cols = table.getColumns();
            for (int i = 1; i < cols.size() && i - 1 < columns.size(); i++) {
                cols.get(i).setSortable(true);
                // Room for the bold name and the sort arrow, which the grid's sizing does not count.
                cols.get(i).setMinWidth(Math.min(240, columns.get(i - 1).name().length() * 10.0 + 50));
            }
            List<TableColumn<List<Object>, ?>> order = new ArrayList<>();
            for (SortKey key : vm.sort()) {
                for (int i = 0; i < columns.size() && i + 1 < cols.size(); i++) {
                    if (columns.get(i).name().equals(key.column())) {
                        var col = cols.get(i + 1);
                        col.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                        order.add(col);
                    }
                }
            }
            table.getSortOrder().setAll(order);
        } finally {
            restoring = false;
        }
    }
}
