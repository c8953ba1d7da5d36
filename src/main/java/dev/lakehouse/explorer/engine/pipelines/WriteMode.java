package dev.lakehouse.explorer.engine.pipelines;

import java.util.Locale;

/** How a step's rows reach its target. */
public enum WriteMode {
    OVERWRITE, APPEND, MERGE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
