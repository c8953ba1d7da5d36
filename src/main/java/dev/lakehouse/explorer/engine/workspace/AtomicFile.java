package dev.lakehouse.explorer.engine.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a small state file in one step: the bytes go to a temporary file in the same folder, are forced to disk,
 * and the temporary file is renamed over the target. A crash leaves either the old file or the new one, never half
 * of each. Files are created owner-only (600) where the file system has POSIX permissions, since they may hold
 * encrypted secrets or the names of private storage.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes {@code bytes} to {@code target}, creating its folder when missing. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = createTemp(folder, target.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp); // only left behind when the move failed
        }
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, "." + name + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, "." + name + ".", ".tmp");
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems (network shares) cannot rename atomically: a plain replace is the best they offer
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
