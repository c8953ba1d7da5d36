package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the form's columns table: an output column and the SQL expression that makes it. */
public final class ColumnRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty expression = new SimpleStringProperty("");

    public ColumnRow(String name, String expression) {
        this.name.set(name);
        this.expression.set(expression);
    }

    static ColumnRow of(ColumnSpec c) {
        return new ColumnRow(c.name(), c.expression());
    }

    ColumnSpec toSpec() {
        return new ColumnSpec(name.get().strip(), expression.get().strip(), 0);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty expressionProperty() {
        return expression;
    }
}
