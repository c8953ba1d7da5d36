package dev.lakehouse.explorer.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;

import java.util.List;

/** A result cell: the value's text, NULL dimmed, numbers right-aligned; or the row number. */
final class ValueCell extends TableCell<List<Object>, Object> {
    private static final PseudoClass NULL = PseudoClass.getPseudoClass("null");
    private static final PseudoClass NUMERIC = PseudoClass.getPseudoClass("numeric");
    private final boolean rowNumber;

    ValueCell(boolean rowNumber) {
        this.rowNumber = rowNumber;
        getStyleClass().add(rowNumber ? "row-number-cell" : "value-cell");
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        boolean isNull = !empty && !rowNumber && item == null;
        pseudoClassStateChanged(NULL, isNull);
        pseudoClassStateChanged(NUMERIC, !empty && (rowNumber || item instanceof Number));
        if (empty) {
            setText(null);
        } else {
            setText(rowNumber ? ValueFormat.count(getIndex() + 1L) : ValueFormat.format(item));
        }
    }
}
