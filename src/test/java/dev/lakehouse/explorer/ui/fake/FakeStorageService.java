package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.engine.connections.StorageService;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A storage tree in memory: folders (URIs ending in '/') and their entries. Uploads add a file entry, report
 * progress in two halves and call {@link #duringTransfer} between them; a transfer whose job was cancelled throws.
 */
public final class FakeStorageService implements StorageService {
    public static final Instant MODIFIED = Instant.parse("2026-11-20T09:30:00Z");
    private final Map<String, List<StorageEntry>> folders = new ConcurrentHashMap<>();
    public final List<String> listed = new CopyOnWriteArrayList<>();
    public final List<String> uploads = new CopyOnWriteArrayList<>();
    public final List<String> downloads = new CopyOnWriteArrayList<>();
    public final List<String> cancelled = new CopyOnWriteArrayList<>();
    /** Runs inside a transfer, after its first progress report: tests look at the UI or cancel here. */
    public volatile Consumer<JobContext> duringTransfer = ctx -> { };

    /** A folder at a URI (ending in '/') with these entries. */
    public FakeStorageService folder(String uri, StorageEntry... entries) {
        folders.put(uri, new ArrayList<>(List.of(entries)));
        return this;
    }

    public static StorageEntry dir(String parent, String name) {
        return new StorageEntry(name, parent + name + "/", true, 0, null, false);
    }

    public static StorageEntry delta(String parent, String name) {
        return new StorageEntry(name, parent + name + "/", true, 0, MODIFIED, true);
    }

    public static StorageEntry file(String parent, String name, long size) {
        return new StorageEntry(name, parent + name, false, size, MODIFIED, false);
    }

    @Override
    public List<StorageEntry> list(String uri) {
        listed.add(uri);
        List<StorageEntry> entries = folders.get(uri);
        if (entries == null) {
            throw new StorageException("Nothing at " + uri + ".");
        }
        return List.copyOf(entries);
    }

    @Override
    public long upload(Path local, String uri, JobContext ctx) {
        transfer(ctx, "Uploading " + local.getFileName());
        uploads.add(local + " -> " + uri);
        String parent = uri.substring(0, uri.lastIndexOf('/', uri.length() - 2) + 1);
        String name = uri.substring(parent.length()).replaceAll("/$", "");
        folders.computeIfAbsent(parent, p -> new ArrayList<>()).add(uri.endsWith("/")
                ? dir(parent, name) : file(parent, name, 2048));
        return 2048;
    }

    @Override
    public long download(String uri, Path local, JobContext ctx) {
        transfer(ctx, "Downloading " + uri);
        downloads.add(uri + " -> " + local);
        return 2048;
    }

    @Override
    public void cancel(String jobId) {
        cancelled.add(jobId);
    }

    private void transfer(JobContext ctx, String what) {
        ctx.report(new JobProgress(ctx.id(), what, 0, 0, 0, 1, 2));
        duringTransfer.accept(ctx);
        if (cancelled.contains(ctx.id())) {
            throw new JobCancelledException(what + " was cancelled");
        }
        ctx.report(new JobProgress(ctx.id(), what, 0, 0, 0, 2, 2));
    }
}
