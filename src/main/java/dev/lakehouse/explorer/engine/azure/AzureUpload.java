package dev.lakehouse.explorer.engine.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.specialized.BlockBlobClient;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.TransferControl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * Uploads a file or a folder's files. A file larger than one block is staged block by block and committed at the
 * end, so a cancel between blocks (or a failure) leaves no committed blob: the service discards uncommitted blocks.
 * A file of one block goes up in one atomic Put Blob.
 */
final class AzureUpload {
    static final int BLOCK = 4 * 1024 * 1024;
    static final int PARALLEL = 4;

    private record Item(Path file, String blobName, long size) {
    }

    private final BlobContainerClient container;
    private final TransferControl control;
    private long total;
    private long done;
    private int filesDone;
    private boolean containerChecked;

    AzureUpload(BlobContainerClient container, TransferControl control) {
        this.container = container;
        this.control = control;
    }

    long run(Path local, String path) {
        List<Item> items = plan(local, path);
        total = items.stream().mapToLong(Item::size).sum();
        if (items.isEmpty()) {
            container.createIfNotExists();
        }
        for (Item item : items) {
            checkCancelled(item);
            uploadCreatingContainer(item);
            filesDone++;
        }
        return done;
    }

    /**
     * Creates the container only when the service says it is missing: a container-scoped SAS may write blobs but not
     * ask for (or create) containers, so an up-front createIfNotExists would refuse its uploads.
     */
    private void uploadCreatingContainer(Item item) {
        try {
            upload(item);
        } catch (HttpResponseException e) {
            if (containerChecked || !AzureStorageErrors.errorCode(e).equals("ContainerNotFound")) {
                throw e;
            }
            container.createIfNotExists();
            containerChecked = true;
            upload(item);
        }
        containerChecked = true;
    }

    private static List<Item> plan(Path local, String path) {
        if (Files.isRegularFile(local)) {
            String target = BlobPaths.normalize(path);
            String name = target.isEmpty() || target.endsWith("/") ? target + local.getFileName() : target;
            return List.of(new Item(local, name, size(local)));
        }
        if (!Files.isDirectory(local)) {
            throw new StorageException("Nothing to upload: " + local + " is neither a file nor a folder");
        }
        String prefix = BlobPaths.folderPrefix(path);
        try (Stream<Path> walk = Files.walk(local)) {
            List<Item> items = new ArrayList<>();
            walk.filter(Files::isRegularFile).sorted().forEach(f -> items.add(new Item(f,
                    prefix + local.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"), size(f))));
            return items;
        } catch (IOException | UncheckedIOException e) {
            throw new StorageException("Cannot read the folder " + local + ": " + e.getMessage(), e);
        }
    }

    private void upload(Item item) {
        BlockBlobClient blob = container.getBlobClient(item.blobName()).getBlockBlobClient();
        try (InputStream in = Files.newInputStream(item.file())) {
            if (item.size() <= BLOCK) {
                blob.upload(new ByteArrayInputStream(in.readAllBytes()), item.size(), true);
                moved(item, item.size());
            } else {
                staged(blob, in, item);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot read " + item.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stages {@value #PARALLEL} blocks at a time (the SDK's own upload runs several too; one at a time gave half the
     * bandwidth, bench/RESULTS.md), checking for cancel between batches; nothing is visible until the commit.
     */
    private void staged(BlockBlobClient blob, InputStream in, Item item) throws IOException {
        List<String> ids = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "blob-upload");
            t.setDaemon(true);
            return t;
        });
        try {
            boolean more = true;
            while (more) {
                checkCancelled(item);
                List<java.util.concurrent.Future<Integer>> batch = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    byte[] block = in.readNBytes(BLOCK);
                    if (block.length == 0) {
                        more = false;
                        break;
                    }
                    String id = blockId(ids.size());
                    ids.add(id);
                    batch.add(pool.submit(() -> {
                        blob.stageBlock(id, new ByteArrayInputStream(block), block.length);
                        return block.length;
                    }));
                }
                for (var staged : batch) {
                    moved(item, await(staged));
                }
            }
            checkCancelled(item);
            blob.commitBlockList(ids, true);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int await(java.util.concurrent.Future<Integer> staged) {
        try {
            return staged.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while uploading", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StorageException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /** Block ids must be Base64 and of one length within a blob. */
    private static String blockId(int index) {
        return Base64.getEncoder().encodeToString(String.format("block-%08d", index).getBytes(StandardCharsets.US_ASCII));
    }

    private void moved(Item item, long bytes) {
        done += bytes;
        control.progress(done, total, item.blobName());
    }

    private void checkCancelled(Item current) {
        if (control.cancelled()) {
            String notWritten = current == null ? "" : "; '" + current.blobName() + "' was not written";
            throw new JobCancelledException("Upload cancelled after " + filesDone + " file(s)" + notWritten);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
