package dev.lakehouse.explorer.engine.pipelines;

import java.util.Map;

/**
 * Where a bronze step reads files: a folder (every file in it, not recursing into hidden or {@code _} folders).
 *
 * @param path    absolute, parameters substituted
 * @param options reader options passed to Spark as given ({@code header}, {@code delimiter}, {@code encoding}…)
 */
public record SourceSpec(SourceFormat format, String path, Map<String, String> options, int line) {
    public SourceSpec {
        options = Map.copyOf(options);
    }
}
