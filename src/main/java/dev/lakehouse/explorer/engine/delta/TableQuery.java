package dev.lakehouse.explorer.engine.delta;

import java.time.Instant;
import java.util.List;

/**
 * Which rows of a table to read: as of a version or a timestamp (or the latest when both are null), sorted and
 * filtered by Spark.
 *
 * @param version   version to read, or null
 * @param timestamp read the version current at this instant, or null
 * @param sort      sort keys, first = primary; empty for the table's natural order
 * @param filter    a SQL boolean expression over the table's columns ({@code amount > 100 AND country = 'NL'}), or
 *                  null/blank for none
 */
public record TableQuery(Long version, Instant timestamp, List<SortKey> sort, String filter) {
    public TableQuery {
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static TableQuery latest() {
        return new TableQuery(null, null, List.of(), null);
    }

    public static TableQuery atVersion(long version) {
        return new TableQuery(version, null, List.of(), null);
    }

    /** One sort key. */
    public record SortKey(String column, boolean ascending) {
    }
}
