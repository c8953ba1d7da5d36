package dev.lakehouse.explorer.ui.sql;

/** The charts a result can be drawn as. */
public enum ChartKind {
    BAR("Bar"), LINE("Line"), SCATTER("Scatter");

    private final String label;

    ChartKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
