package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.ui.common.InlineError;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Map;

/**
 * The Schema tab: nested fields with their types, nullability, comments and physical names; which columns
 * partition the table; generated and identity columns (from field metadata) and CHECK constraints (from the table
 * properties {@code delta.constraints.<name>}).
 */
public final class SchemaTabViewModel {
    static final String GENERATION = "delta.generationExpression";
    static final String IDENTITY_START = "delta.identity.start";
    static final String IDENTITY_STEP = "delta.identity.step";
    private static final String CONSTRAINT_PREFIX = "delta.constraints.";
    private final ObservableList<SchemaField> fields = FXCollections.observableArrayList();
    private final ObservableList<String> partitionColumns = FXCollections.observableArrayList();
    private final ObservableList<Constraint> constraints = FXCollections.observableArrayList();
    private final InlineError error = new InlineError();

    /** A CHECK constraint: its name and its SQL condition. */
    public record Constraint(String name, String expression) {
    }

    void show(TableSchema schema) {
        error.clear();
        partitionColumns.setAll(schema.partitionColumns());
        fields.setAll(schema.fields());
    }

    void showProperties(Map<String, String> properties) {
        constraints.setAll(properties.entrySet().stream().filter(e -> e.getKey().startsWith(CONSTRAINT_PREFIX))
                .map(e -> new Constraint(e.getKey().substring(CONSTRAINT_PREFIX.length()), e.getValue()))
                .sorted(java.util.Comparator.comparing(Constraint::name)).toList());
    }

    void failed(Throwable t) {
        fields.clear();
        partitionColumns.clear();
        constraints.clear();
        error.show(t);
    }

    /** Whether a top-level column partitions the table. */
    public boolean isPartitionColumn(String column) {
        return partitionColumns.stream().anyMatch(p -> p.equalsIgnoreCase(column));
    }

    /**
     * How a column gets its value when it is not written: {@code GENERATED ALWAYS AS (expr)} or
     * {@code IDENTITY (start 1, step 1)}; empty for a plain column.
     */
    public static String generatedAs(SchemaField field) {
        String expression = field.metadata().get(GENERATION);
        if (expression != null) {
            return "GENERATED ALWAYS AS (" + expression + ")";
        }
        String start = field.metadata().get(IDENTITY_START);
        if (start != null) {
            return "IDENTITY (start " + start + ", step " + field.metadata().getOrDefault(IDENTITY_STEP, "1") + ")";
        }
        return "";
    }

    /** The top-level columns (each with its nested fields). */
    public ObservableList<SchemaField> fields() {
        return fields;
    }

    public ObservableList<String> partitionColumns() {
        return partitionColumns;
    }

    public ObservableList<Constraint> constraints() {
        return constraints;
    }

    public InlineError error() {
        return error;
    }
}
