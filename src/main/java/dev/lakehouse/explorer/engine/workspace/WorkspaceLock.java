package dev.lakehouse.explorer.engine.workspace;

import dev.lakehouse.explorer.engine.WorkspaceException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on the workspace, held while an instance uses it. Derby's embedded metastore allows one JVM
 * only, and its own failure is a stack trace several screens long; this lock turns that into one clear line.
 * The OS releases it when the process dies, so a crash leaves no stale lock.
 */
public final class WorkspaceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static WorkspaceLock acquire(Workspace ws) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(ws.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = new String(Files.readAllBytes(ws.lockFile()), StandardCharsets.UTF_8).trim();
                channel.close();
                throw new WorkspaceException("Workspace " + ws.root() + " is in use by another Lakehouse Explorer"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + ": close it, or choose another folder with --workspace.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException("Cannot lock workspace " + ws.root() + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException ignored) {
            // The OS drops the lock with the channel anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
