package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.delta.FileReferences;
import dev.lakehouse.explorer.engine.delta.TableRef;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, for every commit in the history, whether its version can still be read — without building a snapshot
 * per version, which would cost a log replay each (seconds for a long history).
 * <p>
 * A version is readable when (1) its log can be rebuilt ({@link LogListing}), (2) its protocol is one this reader
 * supports, (3) the log holds table metadata by then, and (4) none of its data files is missing. For (4) the check
 * replays the add/remove paths of the commit files once ({@link FileReferences}), and stats only files that some
 * commit removed: VACUUM deletes nothing but such tombstoned files, so a file still in the latest snapshot is taken to
 * exist (if it does not, the table is damaged and reading it says so). Each file is stat'ed once per call.
 * Deletion-vector files count like data files: VACUUM removes those no active file refers to any more.
 */
final class ReadabilityCheck {
    static final String VACUUMED = "data files removed by VACUUM";

    private ReadabilityCheck() {
    }

    /** Why each commit's version cannot be read; versions that can are absent from the map. */
    static Map<Long, String> reasons(TableRef table, LogListing listing, List<CommitFile> commits) {
        Set<Long> damaged = commits.stream().filter(c -> c.damage() != null).map(CommitFile::version)
                .collect(Collectors.toSet());
        LogListing usable = listing.withoutCommits(damaged);
        Set<Long> referencingMissing = FileReferences.of(missingRemovedFiles(table, commits),
                commits.stream().map(c -> replayed(table, c)).toList()).versions();

        var reasons = new HashMap<Long, String>();
        CommitFile.ProtocolAction protocol = null;
        // A log starting at a checkpoint has metadata there; otherwise a metaData action must come by each version.
        String schema = listing.commits().containsKey(0L) ? null : "(in the checkpoint)";
        for (CommitFile commit : commits) {
            if (commit.protocol() != null) {
                protocol = commit.protocol();
            }
            if (commit.hasMetadata()) {
                schema = commit.schemaString();
            }
            String reason = reason(commit, usable, protocol, schema, referencingMissing.contains(commit.version()));
            if (reason != null) {
                reasons.put(commit.version(), reason);
            }
        }
        return reasons;
    }

    private static String reason(CommitFile commit, LogListing usable, CommitFile.ProtocolAction protocol,
                                 String schema, boolean filesMissing) {
        if (commit.damage() != null) {
            return commit.damage();
        }
        String log = usable.whyNotRebuildable(commit.version());
        if (log != null) {
            return log;
        }
        String unsupported = protocol == null ? null
                : ProtocolSupport.unsupported(protocol.minReaderVersion(), protocol.readerFeatures());
        if (unsupported != null) {
            return "needs " + unsupported;
        }
        if (schema == null) {
            return "no table metadata in the log";
        }
        if (schema.isBlank()) {
            return "table metadata without a schema";
        }
        return filesMissing ? VACUUMED : null;
    }

    /** Files that some commit removed and that are gone from disk now. */
    private static Set<Path> missingRemovedFiles(TableRef table, List<CommitFile> commits) {
        var checked = new HashMap<Path, Boolean>();
        for (CommitFile commit : commits) {
            for (String p : commit.removed()) {
                Path file = resolve(table, p);
                if (file != null) {
                    checked.computeIfAbsent(file, f -> !Files.exists(f));
                }
            }
        }
        return checked.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    static FileReferences.Commit replayed(TableRef table, CommitFile commit) {
        return new FileReferences.Commit(commit.version(), resolved(table, commit.removed()),
                resolved(table, commit.added()));
    }

    private static List<Path> resolved(TableRef table, List<String> logPaths) {
        return logPaths.stream().map(p -> resolve(table, p)).filter(Objects::nonNull).toList();
    }

    /**
     * The local file a log path names. Log paths are URI-encoded and relative to the table folder unless absolute;
     * a path on another file system, or one that does not parse, gives null (taken as present).
     */
    static Path resolve(TableRef table, String logPath) {
        try {
            URI uri = URI.create(logPath);
            if (!uri.isAbsolute()) {
                String base = table.location().toUri().toString();
                uri = URI.create(base.endsWith("/") ? base : base + "/").resolve(uri);
            }
            return "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri).normalize() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
