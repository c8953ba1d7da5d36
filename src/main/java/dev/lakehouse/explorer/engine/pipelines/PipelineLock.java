package dev.lakehouse.explorer.engine.pipelines;

import dev.lakehouse.explorer.engine.PipelineException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run per pipeline at a time: an in-process claim (two clicks on Run, the scheduler and the window) backed by
 * an OS file lock (another process on the same workspace folder), which the OS releases when a process dies, so a
 * killed run never leaves a stale lock.
 */
public final class PipelineLock implements AutoCloseable {
    private static final Map<Path, Holder> HELD = new ConcurrentHashMap<>();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private record Holder(String runId, Instant started) { }

    private PipelineLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param dir where lock files live (the workspace's state folder)
     * @throws PipelineException when the pipeline is already running, naming that run
     */
    public static PipelineLock acquire(Path dir, String pipeline, String runId) {
        Path file = dir.resolve("pipeline-" + pipeline + ".lock").toAbsolutePath().normalize();
        Holder me = new Holder(runId, Instant.now());
        Holder other = HELD.putIfAbsent(file, me);
        if (other != null) {
            throw running(pipeline, other.runId() + ", started " + CLOCK.format(other.started()));
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                HELD.remove(file);
                throw running(pipeline, holder.isEmpty() ? "in another process" : holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((runId + ", started " + CLOCK.format(me.started()) + ", process "
                    + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new PipelineLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(file);
            throw new PipelineException("Cannot lock pipeline " + pipeline + ": " + e.getMessage());
        }
    }

    private static PipelineException running(String pipeline, String holder) {
        return new PipelineException("Pipeline " + pipeline + " is already running (run " + holder
                + "); wait for it or cancel it.");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close releases it too
        }
        closeQuietly(channel);
        HELD.remove(file);
    }
}
