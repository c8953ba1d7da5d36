package dev.lakehouse.explorer.engine.kernel;

import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.actions.DeletionVectorDescriptor;
import io.delta.kernel.utils.CloseableIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The data files of a snapshot, from Kernel's log replay: how many, how large, and which are gone from disk. */
final class ScanFiles {

    /**
     * @param numFiles    number of data files
     * @param sizeInBytes their total size, as the log records it
     * @param missing     log paths of data and deletion-vector files not on disk (only when asked to check)
     */
    record Summary(long numFiles, long sizeInBytes, List<String> missing) {
    }

    private ScanFiles() {
    }

    /**
     * Walks the snapshot's files once. {@code checkExistence} stats each one: worth it before reading an older
     * version, where VACUUM may have removed some, so that a first page never shows part of a version that cannot
     * be read whole; not for the latest version, whose files a VACUUM never removes.
     */
    static Summary summarize(Engine engine, KernelSnapshots.Opened opened, boolean checkExistence) {
        long count = 0;
        long size = 0;
        var missing = new ArrayList<String>();
        try (CloseableIterator<FilteredColumnarBatch> files =
                     opened.snapshot().getScanBuilder(engine).build().getScanFiles(engine)) {
            while (files.hasNext()) {
                try (CloseableIterator<Row> rows = files.next().getRows()) {
                    while (rows.hasNext()) {
                        Row scanFile = rows.next();
                        Row add = add(scanFile);
                        count++;
                        size += add.getLong(add.getSchema().indexOf("size"));
                        String path = add.getString(add.getSchema().indexOf("path"));
                        if (checkExistence) {
                            addIfMissing(opened, path, missing);
                            DeletionVectorDescriptor dv = InternalScanFileUtils.getDeletionVectorDescriptorFromRow(scanFile);
                            if (dv != null && dv.isOnDisk()) {
                                addIfMissing(opened, dv.getAbsolutePath(opened.table().location().toUri().toString()), missing);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(count, size, List.copyOf(missing));
    }

    private static void addIfMissing(KernelSnapshots.Opened opened, String path, List<String> missing) {
        Path local = ReadabilityCheck.resolve(opened.table(), path);
        if (local != null && !Files.exists(local)) {
            missing.add(path);
        }
    }

    /** The {@code add} action of a scan-file row. */
    private static Row add(Row scanFile) {
        return scanFile.getStruct(scanFile.getSchema().indexOf("add"));
    }
}
