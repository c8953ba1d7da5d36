package dev.lakehouse.explorer.engine.delta;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which versions of a table refer to any of some files — the question behind "which versions stop being readable
 * when VACUUM deletes these files" and "which versions are no longer readable because these files are gone".
 * <p>
 * Replays the add and remove actions of the kept commits once, in version order, rather than building a snapshot
 * per version (a log replay each). References are counted, not just noted: a deletion-vector file holds the vectors
 * of several data files, and stays referenced until the last of them lets go. A file whose first event in the kept
 * log is a remove was added before the log starts and is referenced from the start.
 */
public final class FileReferences {

    /**
     * One commit's actions on files.
     *
     * @param removed files of its remove actions (data files and their deletion-vector files)
     * @param added   files of its add actions
     */
    public record Commit(long version, List<Path> removed, List<Path> added) {
    }

    /**
     * @param beforeFirstCommit whether some file is referenced before the first kept commit
     * @param versions          the kept commits' versions whose snapshot refers to some file
     */
    public record Referencing(boolean beforeFirstCommit, Set<Long> versions) {
    }

    private FileReferences() {
    }

    /** The versions that refer to any of {@code files}; {@code commits} oldest first. */
    public static Referencing of(Set<Path> files, List<Commit> commits) {
        Map<Path, Integer> counts = initialCounts(files, commits);
        int[] active = {(int) counts.values().stream().filter(n -> n > 0).count()};
        boolean beforeFirst = active[0] > 0;
        Set<Long> versions = new HashSet<>();
        for (Commit commit : commits) {
            // Removes before adds: a deletion-vector update removes and re-adds the same path in one commit.
            commit.removed().stream().filter(files::contains).forEach(f -> active[0] -= release(counts, f));
            commit.added().stream().filter(files::contains).forEach(f -> active[0] += take(counts, f));
            if (active[0] > 0) {
                versions.add(commit.version());
            }
        }
        return new Referencing(beforeFirst, versions);
    }

    /** The least reference count per file, before the first commit, that the replay never drives below zero. */
    private static Map<Path, Integer> initialCounts(Set<Path> files, List<Commit> commits) {
        var balance = new HashMap<Path, Integer>();
        var initial = new HashMap<Path, Integer>();
        for (Commit commit : commits) {
            for (Path f : commit.removed()) {
                if (files.contains(f)) {
                    initial.merge(f, -balance.merge(f, -1, Integer::sum), Math::max);
                }
            }
            commit.added().stream().filter(files::contains).forEach(f -> balance.merge(f, 1, Integer::sum));
        }
        initial.replaceAll((f, n) -> Math.max(n, 0));
        return initial;
    }

    /** One more reference; 1 when the file became referenced. */
    private static int take(Map<Path, Integer> counts, Path file) {
        int before = counts.getOrDefault(file, 0);
        counts.put(file, before + 1);
        return before == 0 ? 1 : 0;
    }

    /** One reference fewer; 1 when the file stopped being referenced. */
    private static int release(Map<Path, Integer> counts, Path file) {
        int before = counts.getOrDefault(file, 0);
        if (before == 0) {
            return 0;
        }
        counts.put(file, before - 1);
        return before == 1 ? 1 : 0;
    }
}
