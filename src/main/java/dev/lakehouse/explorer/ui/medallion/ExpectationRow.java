package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the form's expectations table: a named rule and what a failing row does. */
public final class ExpectationRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty rule = new SimpleStringProperty("");
    private final ObjectProperty<ExpectationAction> action = new SimpleObjectProperty<>(ExpectationAction.WARN);

    public ExpectationRow(String name, String rule, ExpectationAction action) {
        this.name.set(name);
        this.rule.set(rule);
        this.action.set(action);
    }

    static ExpectationRow of(ExpectationSpec e) {
        return new ExpectationRow(e.name(), e.rule(), e.action());
    }

    ExpectationSpec toSpec() {
        return new ExpectationSpec(name.get().strip(), rule.get().strip(),
                action.get() == null ? ExpectationAction.WARN : action.get(), 0);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty ruleProperty() {
        return rule;
    }

    public ObjectProperty<ExpectationAction> actionProperty() {
        return action;
    }
}
