package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one listing of {@code _delta_log} says: which commits and complete checkpoints exist, so which versions
 * can be rebuilt. Checked before Kernel is asked for a snapshot, because Kernel's own errors for a cleaned-up or
 * broken log are long and name no range the user could pick instead.
 * <p>
 * A version can be rebuilt when it has a checkpoint, or when its commit exists and the version before it can be
 * rebuilt (version 0 needs only its commit): the rule Delta readers follow from the newest checkpoint forward.
 */
final class LogListing {
    private static final Pattern COMMIT = Pattern.compile("(\\d+)\\.json");
    private static final Pattern CLASSIC_OR_V2_CHECKPOINT = Pattern.compile("(\\d+)\\.checkpoint(\\.[^.]+)?\\.(parquet|json)");
    private static final Pattern MULTI_PART_CHECKPOINT = Pattern.compile("(\\d+)\\.checkpoint\\.(\\d+)\\.(\\d+)\\.parquet");

    private final TableRef table;
    private final NavigableMap<Long, Path> commits;
    private final NavigableSet<Long> checkpoints;
    private final long[] commitVersions;
    private final long latest;
    private final long earliestReadable;

    private LogListing(TableRef table, NavigableMap<Long, Path> commits, Set<Long> checkpoints) {
        this.table = table;
        this.commits = commits;
        this.checkpoints = new TreeSet<>(checkpoints);
        this.commitVersions = commits.keySet().stream().mapToLong(Long::longValue).toArray();
        long newestCheckpoint = this.checkpoints.isEmpty() ? -1 : this.checkpoints.last();
        this.latest = Math.max(commits.isEmpty() ? -1 : commits.lastKey(), newestCheckpoint);
        this.earliestReadable = findEarliestReadable();
    }

    /** Lists the table's log; a folder that is missing, has no {@code _delta_log} or no commit is refused. */
    static LogListing read(TableRef table) {
        Path folder = table.location();
        if (!Files.isDirectory(folder)) {
            throw new TableReadException(Files.exists(folder) ? table + " is a file, not a table folder"
                    : "Table folder " + table + " does not exist");
        }
        Path log = folder.resolve("_delta_log");
        if (!Files.isDirectory(log)) {
            throw new TableReadException(table + " is not a Delta table: no _delta_log folder");
        }
        var commits = new TreeMap<Long, Path>();
        var checkpoints = new HashSet<Long>();
        var parts = new HashMap<String, Set<Long>>();
        try (Stream<Path> files = Files.list(log)) {
            files.forEach(file -> classify(file, commits, checkpoints, parts));
        } catch (IOException e) {
            throw new TableReadException("Cannot list the log of " + table + ": " + e.getMessage(), e);
        }
        parts.forEach((key, seen) -> {
            String[] versionAndCount = key.split("/");
            if (seen.size() == Integer.parseInt(versionAndCount[1])) {
                checkpoints.add(Long.parseLong(versionAndCount[0]));
            }
        });
        var listing = new LogListing(table, commits, checkpoints);
        if (listing.latest < 0) {
            throw new TableReadException(table + " is not a Delta table: its _delta_log folder holds no commits");
        }
        return listing;
    }

    private static void classify(Path file, Map<Long, Path> commits, Set<Long> checkpoints, Map<String, Set<Long>> parts) {
        String name = file.getFileName().toString();
        Matcher m;
        if ((m = COMMIT.matcher(name)).matches()) {
            commits.put(Long.parseLong(m.group(1)), file);
        } else if ((m = MULTI_PART_CHECKPOINT.matcher(name)).matches()) {
            // A multi-part checkpoint counts only when every part is there.
            parts.computeIfAbsent(Long.parseLong(m.group(1)) + "/" + Long.parseLong(m.group(3)), k -> new HashSet<>())
                    .add(Long.parseLong(m.group(2)));
        } else if ((m = CLASSIC_OR_V2_CHECKPOINT.matcher(name)).matches()) {
            checkpoints.add(Long.parseLong(m.group(1)));
        }
    }

    /** The same listing with some commit files treated as missing (they exist but cannot be parsed). */
    LogListing withoutCommits(Set<Long> damaged) {
        if (damaged.isEmpty()) {
            return this;
        }
        var kept = new TreeMap<>(commits);
        damaged.forEach(kept::remove);
        return new LogListing(table, kept, checkpoints);
    }

    NavigableMap<Long, Path> commits() {
        return commits;
    }

    long latest() {
        return latest;
    }

    /** The oldest version that can be rebuilt, or -1 when none can. */
    long earliestReadable() {
        return earliestReadable;
    }

    boolean canRebuild(long version) {
        if (version < 0 || version > latest) {
            return false;
        }
        if (checkpoints.contains(version)) {
            return true;
        }
        // Every commit after the newest earlier checkpoint (or from version 0) must exist: count them in O(log n).
        Long checkpoint = checkpoints.lower(version);
        long base = checkpoint == null ? -1 : checkpoint;
        return commitsBetween(base + 1, version) == version - base;
    }

    private int commitsBetween(long first, long last) {
        return indexAfter(last) - indexAfter(first - 1);
    }

    /** How many commit versions are at or below {@code version}. */
    private int indexAfter(long version) {
        int i = Arrays.binarySearch(commitVersions, version);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private long findEarliestReadable() {
        var candidates = new TreeSet<>(checkpoints);
        if (commits.containsKey(0L)) {
            candidates.add(0L);
        }
        return candidates.isEmpty() ? -1 : candidates.first();
    }

    /**
     * Why a version cannot be rebuilt from the log, in a few words for the history list; null when it can.
     */
    String whyNotRebuildable(long version) {
        if (canRebuild(version)) {
            return null;
        }
        if (earliestReadable < 0 || version < earliestReadable) {
            return "log cleaned up (before the oldest checkpoint)";
        }
        return "log file of version " + missingCommitBefore(version) + " is missing";
    }

    /** Refuses, with a message naming what can be read instead, a version that does not exist or cannot be rebuilt. */
    void checkCanRebuild(long version) {
        if (version < 0 || version > latest) {
            throw new TableReadException("Version " + version + " of " + table + " does not exist; available versions: "
                    + range(Math.max(earliestReadable, 0), latest));
        }
        if (canRebuild(version)) {
            return;
        }
        if (earliestReadable < 0) {
            throw new TableReadException("The log of " + table + " cannot be read: it has neither the first commit"
                    + " nor a checkpoint");
        }
        if (version < earliestReadable) {
            throw new TableReadException("Version " + version + " of " + table + " cannot be read: its log was cleaned up; "
                    + rangeCanBeRead(earliestReadable, latest));
        }
        throw new TableReadException("Version " + version + " of " + table + " cannot be read: the log file of version "
                + missingCommitBefore(version) + " is missing");
    }

    /** The newest version at or before {@code version} whose commit file is missing after the last checkpoint. */
    private long missingCommitBefore(long version) {
        long missing = version;
        for (long v = version; v >= 0 && !checkpoints.contains(v); v--) {
            if (!commits.containsKey(v)) {
                missing = v;
                break;
            }
        }
        return missing;
    }

    static String range(long first, long last) {
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    static String rangeCanBeRead(long first, long last) {
        return first == last ? "version " + first + " can be read" : "versions " + first + "–" + last + " can be read";
    }
}
