package dev.lakehouse.explorer.engine.delta;

import java.util.List;

/** How a table's schema changed between two versions (top-level and nested columns, dotted names). */
public record SchemaDiff(List<String> added, List<String> removed, List<ColumnChange> changed) {

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** A column whose type or nullability changed. */
    public record ColumnChange(String column, String fromType, String toType) {
    }
}
