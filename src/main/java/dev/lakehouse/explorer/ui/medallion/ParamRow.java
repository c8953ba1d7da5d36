package dev.lakehouse.explorer.ui.medallion;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One parameter of the run options: its name, the spec's default and the value this run uses. */
public final class ParamRow {
    private final String name;
    private final String defaultValue;
    private final StringProperty value = new SimpleStringProperty();

    public ParamRow(String name, String defaultValue, String value) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.value.set(value);
    }

    public String name() {
        return name;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Given on the run only when it differs from the spec's default. */
    boolean overrides() {
        return value.get() != null && !value.get().equals(defaultValue);
    }
}
