package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableRef;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.SnapshotImpl;
import io.delta.kernel.internal.actions.Protocol;


/**
 * Opens a Kernel snapshot of one version, after the checks that give better messages than Kernel's own: the folder
 * and its {@code _delta_log} exist, the version exists and its log can be rebuilt ({@link LogListing}); and after
 * it, that this reader supports the protocol ({@link ProtocolSupport}).
 */
final class KernelSnapshots {
    private final Engine engine;

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
        try {
            // Always by version, even for the latest: getLatestSnapshot first reads _last_checkpoint and, when that
            // file is damaged, retries for seconds before listing; the listing above already knows the latest.
            Snapshot snapshot = Table.forPath(engine, table.location().toString()).getSnapshotAsOfVersion(engine, v);
            // SnapshotImpl is Kernel's only snapshot; its protocol and metadata have no public accessor in 3.3.
            var impl = (SnapshotImpl) snapshot;
            checkSupported(table, impl.getProtocol());
            return new Opened(table, impl, impl.getVersion(engine), listing);
        } catch (TableReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw KernelErrors.map(table, version, e);
        }
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
