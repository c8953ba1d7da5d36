package dev.lakehouse.explorer.engine.pipelines;

import java.util.Locale;

/**
 * What a bronze step does with a later file that has columns its table does not have
 * ({@code schema_evolution:} in the spec).
 */
public enum SchemaEvolution {
    /** {@code false}, the default: the step fails, naming the file and the new columns */
    FAIL,
    /** {@code true}: the new columns are added to the table */
    ADD,
    /** {@code rescue}: the new columns' values go to {@code _rescued_data} as JSON; the table keeps its columns */
    RESCUE;

    /** The spec's spelling: {@code false}, {@code true} or {@code rescue}. */
    public String key() {
        switch (this) {
            case FAIL:
                return "false";
            case ADD:
                return "true";
            default:
                return name().toLowerCase(Locale.ROOT);
        }
    }
}
