package dev.lakehouse.explorer.engine.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.specialized.BlobInputStream;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.StorageException;
import dev.lakehouse.explorer.engine.connections.TransferControl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Downloads one blob into a temporary file beside the target and moves it into place only when complete, so a
 * cancelled or failed download leaves nothing half-written.
 */
final class AzureDownload {
    private static final int BUFFER = 64 * 1024;
    private static final long REPORT_EVERY = 1024 * 1024;

    private final BlobContainerClient container;
    private final TransferControl control;

    AzureDownload(BlobContainerClient container, TransferControl control) {
        this.container = container;
        this.control = control;
    }

    long run(String path, Path local) {
        String name = BlobPaths.normalize(path);
        if (name.isEmpty() || name.endsWith("/")) {
            throw new StorageException("Only a file can be downloaded; '" + path + "' is a folder");
        }
        Path target = Files.isDirectory(local) ? local.resolve(BlobPaths.lastSegment(name)) : local;
        BlobClient blob = container.getBlobClient(name);
        Path temp = tempBeside(target);
        try {
            long bytes = copy(blob, name, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } catch (IOException e) {
            throw new StorageException("Cannot write " + target + ": " + e.getMessage(), e);
        } catch (HttpResponseException e) {
            if (AzureStorageErrors.status(e) == 404 && AzureStorageErrors.errorCode(e).equals("BlobNotFound")) {
                throw new StorageException("File '" + name + "' does not exist in container '"
                        + container.getBlobContainerName() + "'", e);
            }
            throw e;
        } finally {
            deleteQuietly(temp);
        }
    }

    private long copy(BlobClient blob, String name, Path temp) throws IOException {
        try (BlobInputStream in = blob.openInputStream(); OutputStream out = Files.newOutputStream(temp)) {
            long total = in.getProperties().getBlobSize();
            byte[] buffer = new byte[BUFFER];
            long done = 0;
            long reported = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (control.cancelled()) {
                    throw new JobCancelledException("Download of '" + name + "' cancelled; nothing was written");
                }
                out.write(buffer, 0, n);
                done += n;
                if (done - reported >= REPORT_EVERY || done == total) {
                    control.progress(done, total, name);
                    reported = done;
                }
            }
            return done;
        }
    }

    private static Path tempBeside(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            return Files.createTempFile(folder, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new StorageException("Cannot write into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A leftover .part file is harmless; the error that brought us here matters more.
        }
    }
}
