package dev.lakehouse.explorer.engine.pipelines;

import java.util.List;

/**
 * Keep the first row per key. {@code orderBy} is a SQL ORDER BY list ({@code updated_at DESC}); without it the row
 * kept is the first one read, which is deterministic for one input but not across inputs.
 */
public record DedupeSpec(List<String> key, String orderBy, int line) {
    public DedupeSpec {
        key = List.copyOf(key);
    }
}
