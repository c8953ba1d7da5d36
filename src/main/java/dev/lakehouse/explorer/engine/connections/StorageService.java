package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.jobs.JobContext;

import java.nio.file.Path;
import java.util.List;

/**
 * The storage browser: lists, uploads and downloads through the saved connection that holds a URI (its credential
 * resolved at the moment of use). Transfers report progress on the context and stop when it is cancelled.
 */
public interface StorageService {

    /** The folders and files directly under a URI, folders first, then by name; Delta tables marked. */
    List<StorageEntry> list(String uri);

    /**
     * Uploads a file, or a folder with everything in it, to a URI (the container is created when missing, as Azure's
     * own tools do); returns the bytes written.
     */
    long upload(Path local, String uri, JobContext ctx);

    /** Downloads one file to a local file or into a local folder; returns the bytes read. */
    long download(String uri, Path local, JobContext ctx);

    /** Asks a running transfer to stop (its upload or download then throws JobCancelledException). */
    void cancel(String jobId);
}
