package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * History and timestamp look-up, from the commit files alone (Kernel 3.3 has no history API; see
 * {@link CommitFileReader}). Only versions whose commit file is still in the log are listed: a version kept only
 * in a checkpoint has no commitInfo to show.
 */
final class KernelHistory {

    private KernelHistory() {
    }

    /** The history, newest first, with each version's readability ({@link ReadabilityCheck}). */
    static List<TableVersion> history(TableRef table) {
        LogListing listing = LogListing.read(table);
        List<CommitFile> commits = CommitFileReader.readAll(listing);
        Map<Long, String> reasons = ReadabilityCheck.reasons(table, listing, commits);
        var history = new ArrayList<TableVersion>(commits.size());
        for (int i = commits.size() - 1; i >= 0; i--) {
            CommitFile c = commits.get(i);
            String reason = reasons.get(c.version());
            history.add(new TableVersion(c.version(), c.timestamp(), c.operation(), c.operationParameters(),
                    c.operationMetrics(), c.userName(), c.engineInfo(), reason == null, reason));
        }
        return history;
    }

    /**
     * The latest version committed at or before {@code timestamp}. Timestamps are first made strictly increasing
     * (a commit earlier than its predecessor counts as 1 ms after it), as Delta does for time travel, so that clock
     * skew between writers cannot make the answer jump backwards.
     */
    static long versionAt(TableRef table, Instant timestamp) {
        LogListing listing = LogListing.read(table);
        List<CommitFile> commits = CommitFileReader.readAll(listing);
        if (commits.isEmpty()) {
            throw new TableReadException("The log of " + table + " keeps no commit file, so no commit times are known");
        }
        Long found = null;
        Instant previous = null;
        for (CommitFile c : commits) {
            Instant at = previous != null && !c.timestamp().isAfter(previous) ? previous.plusMillis(1) : c.timestamp();
            if (at.isAfter(timestamp)) {
                break;
            }
            found = c.version();
            previous = at;
        }
        if (found == null) {
            CommitFile first = commits.get(0);
            throw new TableReadException("No version of " + table + " was committed at or before " + timestamp
                    + "; the oldest kept version " + first.version() + " was committed at " + first.timestamp());
        }
        return found;
    }
}
