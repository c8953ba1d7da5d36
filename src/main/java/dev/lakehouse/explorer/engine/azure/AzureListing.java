package dev.lakehouse.explorer.engine.azure;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobListDetails;
import com.azure.storage.blob.models.ListBlobsOptions;
import dev.lakehouse.explorer.engine.connections.StorageEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One level of a container: folders (virtual, from the '/' delimiter) first, then files, each by name. A folder is
 * marked as a Delta table when it holds a {@code _delta_log/}; that costs one one-result listing per folder, made a few
 * at a time and only for the first {@value #DELTA_CHECK_LIMIT} folders so that a wide folder still lists fast.
 */
final class AzureListing {
    static final int DELTA_CHECK_LIMIT = 200;
    private static final int PARALLEL_CHECKS = 8;

    private AzureListing() {
    }

    static List<StorageEntry> list(BlobContainerClient container, String path) {
        String prefix = BlobPaths.folderPrefix(path);
        List<StorageEntry> folders = new ArrayList<>();
        List<StorageEntry> files = new ArrayList<>();
        var options = new ListBlobsOptions().setPrefix(prefix)
                .setDetails(new BlobListDetails().setRetrieveMetadata(true));
        Set<String> folderPaths = new java.util.HashSet<>();
        List<BlobItem> blobs = new ArrayList<>();
        for (BlobItem item : container.listBlobsByHierarchy("/", options, AzureClients.TRY_TIMEOUT)) {
            if (Boolean.TRUE.equals(item.isPrefix())) {
                String folder = item.getName().replaceFirst("/+$", "");
                folders.add(new StorageEntry(BlobPaths.lastSegment(folder), folder, true, 0, null, false));
                folderPaths.add(folder);
            } else {
                blobs.add(item);
            }
        }
        for (BlobItem item : blobs) {
            // hadoop-azure (WASB) marks a folder with an empty blob of the folder's name: one folder, not a file beside it
            if (isFolderMarker(item)) {
                if (folderPaths.add(item.getName())) {
                    folders.add(new StorageEntry(BlobPaths.lastSegment(item.getName()), item.getName(), true, 0, null, false));
                }
            } else if (!folderPaths.contains(item.getName())) {
                files.add(file(item));
            }
        }
        folders.sort(Comparator.comparing(StorageEntry::name));
        files.sort(Comparator.comparing(StorageEntry::name));
        List<StorageEntry> entries = new ArrayList<>(markDeltaTables(container, folders));
        entries.addAll(files);
        return List.copyOf(entries);
    }

    private static boolean isFolderMarker(BlobItem item) {
        var metadata = item.getMetadata();
        return metadata != null && "true".equalsIgnoreCase(metadata.get("hdi_isfolder"));
    }

    private static StorageEntry file(BlobItem item) {
        var props = item.getProperties();
        long size = props.getContentLength() == null ? 0 : props.getContentLength();
        var modified = props.getLastModified() == null ? null : props.getLastModified().toInstant();
        return new StorageEntry(BlobPaths.lastSegment(item.getName()), item.getName(), false, size, modified, false);
    }

    private static List<StorageEntry> markDeltaTables(BlobContainerClient container, List<StorageEntry> folders) {
        List<StorageEntry> checked = folders.subList(0, Math.min(folders.size(), DELTA_CHECK_LIMIT));
        Set<String> tables = checked.size() <= 1 ? sequential(container, checked) : parallel(container, checked);
        return folders.stream()
                .map(f -> tables.contains(f.path()) ? new StorageEntry(f.name(), f.path(), true, 0, null, true) : f)
                .toList();
    }

    private static Set<String> sequential(BlobContainerClient container, List<StorageEntry> folders) {
        Set<String> tables = ConcurrentHashMap.newKeySet();
        folders.stream().filter(f -> holdsDeltaLog(container, f.path())).forEach(f -> tables.add(f.path()));
        return tables;
    }

    private static Set<String> parallel(BlobContainerClient container, List<StorageEntry> folders) {
        Set<String> tables = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_CHECKS, folders.size()), r -> {
            Thread t = new Thread(r, "delta-table-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (StorageEntry f : folders) {
                futures.add(pool.submit(() -> {
                    if (holdsDeltaLog(container, f.path())) {
                        tables.add(f.path());
                    }
                }));
            }
            for (Future<?> future : futures) {
                join(future);
            }
            return tables;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void join(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static boolean holdsDeltaLog(BlobContainerClient container, String folder) {
        var options = new ListBlobsOptions().setPrefix(folder + "/_delta_log/").setMaxResultsPerPage(1);
        return container.listBlobs(options, AzureClients.TRY_TIMEOUT).streamByPage()
                .findFirst().map(page -> !page.getValue().isEmpty()).orElse(false);
    }
}
