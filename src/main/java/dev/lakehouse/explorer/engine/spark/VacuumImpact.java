package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.delta.FileReferences;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.kernel.LogFileReferences;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which versions stop being readable when some files are deleted: those whose snapshot references one of them.
 * Replays the add/remove actions of the kept commit files once ({@link FileReferences}, over the commits as
 * {@link LogFileReferences} reads them, deletion-vector files included) — instead of one Spark snapshot per version,
 * which costs a log replay each.
 */
final class VacuumImpact {
    private VacuumImpact() {
    }

    /**
     * @param deleted       absolute paths of the files to delete
     * @param readableNow   the versions readable today; only these can "stop" being readable
     * @return the versions of {@code readableNow} that reference a deleted file, ascending
     */
    static List<Long> versionsLosingFiles(TableRef table, Set<Path> deleted, Collection<Long> readableNow) {
        if (deleted.isEmpty() || readableNow.isEmpty()) {
            return List.of();
        }
        List<FileReferences.Commit> commits = LogFileReferences.commits(table);
        FileReferences.Referencing referencing = FileReferences.of(deleted, commits);
        Set<Long> losing = new HashSet<>(referencing.versions());
        long first = commits.isEmpty() ? Long.MAX_VALUE : commits.get(0).version();
        if (referencing.beforeFirstCommit()) {
            readableNow.stream().filter(v -> v < first).forEach(losing::add);
        }
        return readableNow.stream().filter(losing::contains).sorted().toList();
    }
}
