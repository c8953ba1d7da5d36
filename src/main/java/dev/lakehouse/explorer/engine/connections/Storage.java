package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import dev.lakehouse.explorer.engine.secrets.SecretService;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The storage browser over saved connections: a URI is mapped to the connection that reaches it, its credential
 * resolved at the moment of use, and the work handed to the {@link StorageAccess} of its kind. Entry paths come back
 * as full URIs. Running transfers are kept by job id so {@link #cancel} can stop them between chunks.
 */
public final class Storage implements StorageService {
    private final ConnectionService connections;
    private final SecretService secrets;
    private final StorageAccess azure;
    private final StorageAccess local;
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

    /** @param azure reaches ADLS, Blob and Azurite; null when this build has no Azure SDK */
    public Storage(ConnectionService connections, SecretService secrets, StorageAccess azure, StorageAccess local) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.azure = azure;
        this.local = local;
    }

    @Override
    public List<StorageEntry> list(String uri) {
        Target t = target(uri);
        StorageUri root = ConnectionRoots.root(t.connection());
        return t.access().list(t.connection(), t.credential(), t.relative()).stream()
                .map(e -> new StorageEntry(e.name(), full(root, e), e.isDirectory(), e.size(), e.modified(), e.isDeltaTable()))
                .toList();
    }

    @Override
    public long upload(Path local, String uri, JobContext ctx) {
        Target t = target(uri);
        return transfer(ctx, "Uploading " + local.getFileName() + " to " + uri,
                control -> t.access().upload(t.connection(), t.credential(), local, t.relative(), control));
    }

    @Override
    public long download(String uri, Path local, JobContext ctx) {
        Target t = target(uri);
        return transfer(ctx, "Downloading " + uri,
                control -> t.access().download(t.connection(), t.credential(), t.relative(), local, control));
    }

    @Override
    public void cancel(String jobId) {
        AtomicBoolean flag = running.get(jobId);
        if (flag != null) {
            flag.set(true);
        }
    }

    private long transfer(JobContext ctx, String title, java.util.function.ToLongFunction<TransferControl> work) {
        AtomicBoolean cancelled = new AtomicBoolean();
        running.put(ctx.id(), cancelled);
        try {
            ctx.step(title);
            return work.applyAsLong(new ProgressControl(ctx, cancelled));
        } finally {
            running.remove(ctx.id());
        }
    }

    private Target target(String uri) {
        StorageUri u = StorageUri.parse(uri);
        Connection c = connections.connectionFor(uri);
        if (c == null) {
            String saved = connections.list().stream().map(Connection::name).collect(Collectors.joining(", "));
            throw new StorageException("No saved connection reaches " + u + "; add one with 'connections add' (saved: "
                    + (saved.isEmpty() ? "none yet" : saved) + ").");
        }
        StorageUri root = ConnectionRoots.root(c);
        String below = u.path().length() > root.path().length() ? u.path().substring(root.path().length()) : "";
        String relative = u.withPath(below).relativePath();
        return new Target(c, Credentials.access(c, azure, local), Credentials.resolve(secrets, c), relative);
    }

    private static String full(StorageUri root, StorageEntry e) {
        return root.resolve(e.path()).toString();
    }

    /** Where a URI leads: the connection, its access, its credential (never shown) and the path below its root. */
    private record Target(Connection connection, StorageAccess access, String credential, String relative) {
        @Override
        public String toString() {
            return "Target[" + connection.name() + ", " + relative + "]"; // not the credential
        }
    }

    /** Reports bytes as task counts (scaled down by powers of 1024 past 2 GiB) so the task centre shows a fraction. */
    private record ProgressControl(JobContext ctx, AtomicBoolean flag) implements TransferControl {
        @Override
        public void progress(long done, long total, String current) {
            int shift = 0;
            while (Math.max(done, total) >> shift > Integer.MAX_VALUE) {
                shift += 10;
            }
            int totalUnits = total < 0 ? 0 : (int) (total >> shift);
            ctx.report(new JobProgress(ctx.id(), ctx.currentStep() + ": " + current, 0, 0, 0, (int) (done >> shift), totalUnits));
        }

        @Override
        public boolean cancelled() {
            return flag.get();
        }
    }
}
