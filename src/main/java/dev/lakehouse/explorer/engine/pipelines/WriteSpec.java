package dev.lakehouse.explorer.engine.pipelines;

import java.util.List;

/**
 * How a step writes.
 *
 * @param key         MERGE only: the columns that identify a row
 * @param deleteWhen  MERGE only: a condition on the source row that deletes the matched target row, or null
 * @param ignoreNulls MERGE only: a null in the source keeps the target's value (a change feed that names only what
 *                    changed), instead of writing the null
 * @param insertNew   MERGE only: insert source rows whose key the target does not have (default true)
 */
public record WriteSpec(WriteMode mode, List<String> key, String deleteWhen, boolean ignoreNulls, boolean insertNew,
                        int line) {
    public WriteSpec {
        key = List.copyOf(key);
    }

    public static WriteSpec of(WriteMode mode, int line) {
        return new WriteSpec(mode, List.of(), null, false, true, line);
    }
}
