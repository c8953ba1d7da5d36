package dev.lakehouse.explorer.engine.delta;

import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a table.
 *
 * @param method how rows were compared: {@code change data feed} or {@code set difference}
 * @param rows   the differing rows when asked for (else empty), at most the requested limit
 */
public record VersionDiff(long fromVersion, long toVersion, SchemaDiff schema, RowCounts counts, List<String> keyColumns,
                          String method, List<RowChange> rows) {

    /** Rows added, removed and changed; changed is 0 without a key. */
    public record RowCounts(long added, long removed, long changed) {
    }

    /**
     * One differing row. Values are by column name; {@code before} is empty for an added row, {@code after} for a
     * removed one; {@code changedColumns} lists the columns whose values differ (only columns present at both).
     */
    public record RowChange(Kind kind, Map<String, Object> before, Map<String, Object> after, List<String> changedColumns) {
        public enum Kind { ADDED, REMOVED, CHANGED }
    }
}
