package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.StorageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Copies files a 1 MiB chunk at a time, reporting progress over the whole transfer and checking for cancel between
 * chunks. Each file is written to a hidden ".part" file beside its target and renamed into place when complete, so a
 * cancelled or failed copy removes its partial file and leaves an older file of that name untouched.
 */
final class Transfers {
    static final int CHUNK = 1024 * 1024;
    private final TransferControl control;
    private final long total;
    private long done;

    Transfers(TransferControl control, long total) {
        this.control = control == null ? TransferControl.none() : control;
        this.total = total;
    }

    /** Copies one file; returns its bytes. */
    long copy(Path from, Path to) {
        Path part = to.resolveSibling("." + to.getFileName() + ".part");
        long copied = 0;
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(part)) {
                byte[] buf = new byte[CHUNK];
                int n;
                while ((n = in.readNBytes(buf, 0, CHUNK)) > 0) {
                    checkCancel(to);
                    out.write(buf, 0, n);
                    copied += n;
                    done += n;
                    control.progress(done, total, to.getFileName().toString());
                }
            }
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING);
            return copied;
        } catch (IOException e) {
            throw new StorageException("Cannot copy " + from + " to " + to + ": " + describe(e), e);
        } finally {
            deleteQuietly(part);
        }
    }

    private void checkCancel(Path to) {
        if (control.cancelled()) {
            throw new JobCancelledException("Transfer cancelled; the partial file " + to.getFileName() + " was removed.");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the rename succeeded or the folder is gone: nothing useful to report over the first error
        }
    }

    /** An I/O error in a few words: its kind and the path or reason it gives. */
    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
