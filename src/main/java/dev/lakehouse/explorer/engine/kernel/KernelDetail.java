package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.delta.TableDetail;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.actions.Metadata;
import io.delta.kernel.internal.actions.Protocol;

import java.time.Instant;

/**
 * {@code DESCRIBE DETAIL} from a snapshot. Metadata and protocol come from {@code SnapshotImpl}: Kernel 3.3's public
 * {@code Snapshot} exposes neither the table properties nor the protocol.
 */
final class KernelDetail {

    private KernelDetail() {
    }

    static TableDetail detail(Engine engine, KernelSnapshots.Opened opened, Instant committedAt) {
        Metadata metadata = opened.snapshot().getMetadata();
        Protocol protocol = opened.snapshot().getProtocol();
        ScanFiles.Summary files = ScanFiles.summarize(engine, opened, false);
        return new TableDetail(opened.table().location().toString(), "delta", opened.version(), files.sizeInBytes(),
                files.numFiles(), opened.snapshot().getPartitionColumnNames(engine), protocol.getMinReaderVersion(),
                protocol.getMinWriterVersion(),
                ProtocolSupport.features(protocol.getMinReaderVersion(), protocol.getMinWriterVersion(),
                        protocol.getReaderFeatures(), protocol.getWriterFeatures()),
                metadata.getConfiguration(), metadata.getCreatedTime().map(Instant::ofEpochMilli).orElse(null),
                committedAt, metadata.getId(), metadata.getName().orElse(null), metadata.getDescription().orElse(null));
    }
}
