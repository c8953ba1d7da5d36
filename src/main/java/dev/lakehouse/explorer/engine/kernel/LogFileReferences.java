package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.delta.FileReferences;
import dev.lakehouse.explorer.engine.delta.TableRef;

import java.util.List;

/**
 * The files each kept commit of a table adds and removes — data files and deletion-vector files, as local paths —
 * read from the commit files the way the history reads them. The VACUUM plan replays them with
 * {@link FileReferences} to say which versions lose a file; one parser of the log serves both.
 */
public final class LogFileReferences {
    private LogFileReferences() {
    }

    /** Oldest first; a commit file that cannot be parsed counts as touching no file. */
    public static List<FileReferences.Commit> commits(TableRef table) {
        return CommitFileReader.readAll(LogListing.read(table)).stream()
                .map(c -> ReadabilityCheck.replayed(table, c)).toList();
    }
}
