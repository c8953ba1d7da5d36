package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a version before Spark reads it, with the Kernel reader's log listing and readability (compute-free, tens
 * of milliseconds). Spark only finds out that VACUUM removed a version's files when a task fails on a missing file,
 * with a page of stack trace and no hint of what can be read instead; this check names the readable versions.
 */
final class VersionGuard {
    private final TableReader reader;

    VersionGuard(TableReader reader) {
        this.reader = reader;
    }

    /**
     * The version a query means: {@code version}, else the one current at {@code timestamp} on the history's clock
     * (commit times, as the history shows them — Spark's {@code timestampAsOf} uses file times, which a copy of the
     * table loses and which trail the shown time, so "as of the time shown for version 5" could give version 4),
     * else null for the latest. Refuses versions that do not exist or cannot be read.
     */
    Long resolve(TableRef table, Long version, Instant timestamp) {
        return resolve(table, version, timestamp, false);
    }

    /** Like {@link #resolve(TableRef, Long, Instant)}; {@code pinLatest} gives the latest version's number, not null. */
    Long resolve(TableRef table, Long version, Instant timestamp, boolean pinLatest) {
        long latest = reader.latestVersion(table); // also refuses missing folders and non-Delta folders, clearly
        Long v = version != null ? version : timestamp != null ? reader.versionAt(table, timestamp) : null;
        if (v == null) {
            return pinLatest ? Long.valueOf(latest) : null;
        }
        check(table, v, latest);
        return v;
    }

    /** Refuses a version that does not exist or whose log or data files are gone. */
    void check(TableRef table, long version) {
        check(table, version, reader.latestVersion(table));
    }

    private void check(TableRef table, long version, long latest) {
        if (version < 0 || version > latest) {
            throw new TableReadException("Version " + version + " of " + table + " does not exist; "
                    + readable(reader.history(table)));
        }
        List<TableVersion> history = reader.history(table);
        for (TableVersion v : history) {
            if (v.version() == version) {
                if (!v.readable() && isGone(v.notReadableReason())) {
                    throw new TableReadException("Version " + version + " of " + table + " cannot be read: "
                            + v.notReadableReason() + "; " + readable(history));
                }
                return;
            }
        }
        // No commit file: log clean-up removed it, or only a checkpoint keeps the version. The reader's log
        // listing tells which (and names the range that can be read); its other refusals are Kernel's own.
        try {
            reader.schema(table, version);
        } catch (TableReadException e) {
            if (String.valueOf(e.getMessage()).contains(" log")) {
                throw e;
            }
        }
    }

    /** The readable versions listed in the history, as the table of versions that can be read. */
    List<Long> readableVersions(TableRef table) {
        return reader.history(table).stream().filter(TableVersion::readable).map(TableVersion::version).sorted().toList();
    }

    /**
     * Only reasons about missing log or data files: protocol support differs between Kernel and Spark (Kernel
     * reads type widening that Delta 3.3 on Spark refuses), so a feature Kernel lacks says nothing about Spark.
     */
    private static boolean isGone(String reason) {
        return reason != null && !reason.startsWith("needs ");
    }

    static String readable(List<TableVersion> history) {
        List<Long> versions = history.stream().filter(TableVersion::readable).map(TableVersion::version).sorted().toList();
        if (versions.isEmpty()) {
            return "no version can be read";
        }
        List<String> ranges = ranges(versions);
        boolean one = versions.size() == 1;
        return (one ? "version " : "versions ") + String.join(", ", ranges) + " can be read";
    }

    /** Sorted versions as ranges: [3, 4, 5, 9] → ["3–5", "9"]. */
    static List<String> ranges(List<Long> sorted) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            out.add(i == j ? String.valueOf(sorted.get(i)) : sorted.get(i) + "–" + sorted.get(j));
            i = j + 1;
        }
        return out;
    }
}
