package dev.lakehouse.explorer.engine.delta;

import dev.lakehouse.explorer.engine.sql.ResultPage;

import java.time.Instant;
import java.util.List;

/**
 * Reads a Delta table's log and data files directly, at any version, with no Spark session: what the app shows
 * before Spark is ready, or without it. Versions are given as {@code Long}; {@code null} means the latest.
 * <p>
 * Every method throws {@link dev.lakehouse.explorer.engine.TableReadException} with a one-line message naming the
 * table and the problem: not a Delta table, a protocol or feature this reader does not support, a damaged log, a
 * version that does not exist or whose log was cleaned up, data files removed by VACUUM.
 */
public interface TableReader {

    /** The table's commits, newest first, each marked readable or not. Reads the log only. */
    List<TableVersion> history(TableRef table);

    /** Location, size, file count, protocol, features and properties of a version. */
    TableDetail detail(TableRef table, Long version);

    /** The schema of a version. */
    TableSchema schema(TableRef table, Long version);

    /**
     * The first rows of a version, in file order, as plain Java values (see {@link ResultPage}); {@code hasMore}
     * tells whether the version holds more than {@code limit} rows.
     */
    ResultPage firstRows(TableRef table, Long version, int limit);

    /** The number of rows of a version. Reads every data file (one column of it): slow on large tables. */
    long rowCount(TableRef table, Long version);

    /**
     * The newest version in the table's log. Reads the log listing only, so it also answers for a table whose
     * versions cannot be read (a protocol too new, a damaged log); the other methods then say why.
     */
    long latestVersion(TableRef table);

    /**
     * The latest version committed at or before {@code timestamp}, on the clock of {@link TableVersion#timestamp()}.
     * A timestamp before the first kept commit is an error.
     */
    Long versionAt(TableRef table, Instant timestamp);
}
