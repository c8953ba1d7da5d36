package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * A result tab's chart: kind, X and Y column (Y numeric), and the points from the rows loaded so far — a chart of
 * a paged result is a chart of its pages, and {@link #noteProperty()} says so. Points are worked out only while
 * the chart is shown.
 */
public final class ChartViewModel {
    private final ObservableList<Column> columns;
    private final ObservableList<List<Object>> rows;
    private final ObservableBooleanValue hasMore;
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(ChartKind.BAR);
    private final ObjectProperty<Column> x = new SimpleObjectProperty<>();
    private final ObjectProperty<Column> y = new SimpleObjectProperty<>();
    private final ObservableList<Column> yChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartSeries.Data> data = new ReadOnlyObjectWrapper<>(ChartSeries.Data.EMPTY);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final BooleanProperty active = new SimpleBooleanProperty();

    ChartViewModel(ObservableList<Column> columns, ObservableList<List<Object>> rows, ObservableBooleanValue hasMore) {
        this.columns = columns;
        this.rows = rows;
        this.hasMore = hasMore;
        chooseDefaults();
        for (Observable o : new Observable[] {kind, x, y, rows, hasMore, active}) {
            o.addListener(obs -> update());
        }
        update();
    }

    /** X a text column if there is one (a category per bar), Y the first number column that is not X. */
    private void chooseDefaults() {
        yChoices.setAll(columns.stream().filter(c -> ChartSeries.isNumeric(c.type())).toList());
        x.set(columns.stream().filter(c -> !ChartSeries.isNumeric(c.type())).findFirst()
                .orElse(columns.isEmpty() ? null : columns.get(0)));
        y.set(yChoices.stream().filter(c -> c != x.get()).findFirst().orElse(yChoices.isEmpty() ? null : yChoices.get(0)));
    }

    private void update() {
        if (!active.get()) {
            return;
        }
        if (x.get() == null || y.get() == null) {
            data.set(ChartSeries.Data.EMPTY);
            note.set(yChoices.isEmpty() ? "Nothing to chart: the result has no number column." : "Choose X and Y.");
            return;
        }
        boolean numericX = kind.get() != ChartKind.BAR && ChartSeries.isNumeric(x.get().type());
        var d = ChartSeries.of(rows, columns.indexOf(x.get()), columns.indexOf(y.get()), numericX);
        data.set(d);
        note.set(note(d));
    }

    private String note(ChartSeries.Data d) {
        var text = new StringBuilder(hasMore.get()
                ? "Charting the " + ValueFormat.count(rows.size()) + " rows loaded so far — the result has more; "
                        + "load more rows to chart them."
                : "Charting all " + ValueFormat.count(rows.size()) + (rows.size() == 1 ? " row." : " rows."));
        if (d.skipped() > 0) {
            text.append(' ').append(ValueFormat.count(d.skipped())).append(" without a value are left out.");
        }
        if (d.capped() > 0) {
            text.append(" Only the first ").append(ValueFormat.count(ChartSeries.MAX_POINTS)).append(" points are drawn.");
        }
        if (d.repeatedX() && kind.get() == ChartKind.BAR) {
            text.append(" Some X values repeat: GROUP BY them for one bar each.");
        }
        return text.toString();
    }

    public ObjectProperty<ChartKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Column> xProperty() {
        return x;
    }

    public ObjectProperty<Column> yProperty() {
        return y;
    }

    /** Every column can be X. */
    public ObservableList<Column> xChoices() {
        return columns;
    }

    /** Only number columns can be Y. */
    public ObservableList<Column> yChoices() {
        return yChoices;
    }

    public ReadOnlyObjectProperty<ChartSeries.Data> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** What the chart shows of the result, and what it leaves out. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True while the chart is shown; points are worked out only then. */
    public BooleanProperty activeProperty() {
        return active;
    }
}
