package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableRef;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.SnapshotImpl;
import io.delta.kernel.internal.actions.Protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;


/**
 * Opens a Kernel snapshot of one version, after the checks that give better messages than Kernel's own: the folder
 * and its {@code _delta_log} exist, the version exists and its log can be rebuilt ({@link LogListing}); and after
 * it, that this reader supports the protocol ({@link ProtocolSupport}).
 */
final class KernelSnapshots {
    /**
     * Snapshots already opened, by folder, version and the identity of that version's commit file. A page's tabs
     * ask for the same version at once (schema, details, first rows): one log replay serves them all, where three
     * replays side by side made the first click of a JVM cost a second. A version's snapshot never changes; a
     * table dropped and made again at the same folder has new commit files, hence new keys.
     */
    private record Key(String location, long version, long commitModified, long commitSize) {
    }

    private static final int CACHED = 16;
    private final Engine engine;
    private final Map<Key, CompletableFuture<SnapshotImpl>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<SnapshotImpl>> eldest) {
                    return size() > CACHED;
                }
            });

    KernelSnapshots(Engine engine) {
        this.engine = engine;
    }

    /** A snapshot and what was learnt opening it. */
    record Opened(TableRef table, SnapshotImpl snapshot, long version, LogListing listing) {
        boolean isLatest() {
            return version == listing.latest();
        }
    }

    Opened open(TableRef table, Long version) {
        LogListing listing = LogListing.read(table);
        long v = version == null ? listing.latest() : version;
        listing.checkCanRebuild(v);
        Key key = key(table, v, listing);
        CompletableFuture<SnapshotImpl> mine = new CompletableFuture<>();
        CompletableFuture<SnapshotImpl> shared = cache.putIfAbsent(key, mine);
        if (shared == null) {
            load(table, version, v, key, mine);
            shared = mine;
        }
        SnapshotImpl impl = join(shared);
        return new Opened(table, impl, impl.getVersion(engine), listing);
    }

    private void load(TableRef table, Long asked, long v, Key key, CompletableFuture<SnapshotImpl> result) {
        try {
            // Always by version, even for the latest: getLatestSnapshot first reads _last_checkpoint and, when that
            // file is damaged, retries for seconds before listing; the listing above already knows the latest.
            Snapshot snapshot = Table.forPath(engine, table.location().toString()).getSnapshotAsOfVersion(engine, v);
            // SnapshotImpl is Kernel's only snapshot; its protocol and metadata have no public accessor in 3.3.
            var impl = (SnapshotImpl) snapshot;
            checkSupported(table, impl.getProtocol());
            impl.getSchema(engine); // settled before it is shared between threads
            impl.getPartitionColumnNames(engine);
            result.complete(impl);
        } catch (Throwable e) {
            cache.remove(key, result); // a failure is not kept: the next call tries again
            result.completeExceptionally(e instanceof RuntimeException r && !(e instanceof TableReadException)
                    ? KernelErrors.map(table, asked, r) : e);
        }
    }

    private static SnapshotImpl join(CompletableFuture<SnapshotImpl> snapshot) {
        try {
            return snapshot.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Key key(TableRef table, long version, LogListing listing) {
        Path commit = listing.commits().get(version);
        long modified = -1;
        long size = -1;
        if (commit != null) {
            try {
                modified = Files.getLastModifiedTime(commit).toMillis();
                size = Files.size(commit);
            } catch (IOException e) {
                // Gone since the listing: the snapshot will say so; an uncached key keeps nothing stale.
                modified = System.nanoTime();
            }
        }
        return new Key(table.location().toString(), version, modified, size);
    }

    private static void checkSupported(TableRef table, Protocol protocol) {
        String unsupported = ProtocolSupport.unsupported(protocol.getMinReaderVersion(), protocol.getReaderFeatures());
        if (unsupported != null) {
            throw KernelErrors.unsupported(table, unsupported, null);
        }
    }

    Engine engine() {
        return engine;
    }
}
