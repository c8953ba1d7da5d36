package dev.lakehouse.explorer.engine.sql;

import dev.lakehouse.explorer.engine.logging.SecretRedactor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's query history: one JSON line per run, appended to {@code .lakehouse/query-history.jsonl}. Secrets
 * are masked before a line is written — values registered with the {@link SecretRedactor}, and values of options
 * named like secrets — so the file never holds them in clear text. Reading takes the newest lines from the end of
 * the file, so a history of years opens as fast as one of a day, and skips a line it cannot read (a crash in the
 * middle of a write, an edit by hand) instead of failing.
 *
 * <p>Plain file I/O: callers keep it off the UI thread. Thread-safe.
 */
public final class QueryHistory {
    /** Longer statements are cut: a pasted 5 MB script would otherwise make every later read slow. */
    public static final int MAX_STATEMENT_CHARS = 100_000;
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    private static final String CUT_NOTE = "\n-- (cut: the statement was longer than the history keeps)";
    private final Path file;
    private final SecretRedactor redactor;

    /** @param file where the history lives; it and its folder are created on the first append */
    public QueryHistory(Path file, SecretRedactor redactor) {
        this.file = file;
        this.redactor = redactor;
    }

    public Path file() {
        return file;
    }

    /** The record as it will be stored: secrets masked, a very long statement cut. */
    public QueryRecord redact(QueryRecord r) {
        String statement = clean(r.statement());
        if (statement.length() > MAX_STATEMENT_CHARS) {
            statement = statement.substring(0, MAX_STATEMENT_CHARS) + CUT_NOTE;
        }
        return r.withTexts(statement, r.error() == null ? null : clean(r.error()));
    }

    private String clean(String text) {
        return SecretOptions.mask(redactor.redact(text));
    }

    /**
     * Adds a run at the end of the file and returns it as stored.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public synchronized QueryRecord append(QueryRecord record) {
        QueryRecord stored = redact(record);
        byte[] line = (QueryRecordJson.toLine(stored) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            createIfMissing();
            // one write call per line, so a crash leaves at most the last line cut short
            Files.write(file, line, StandardOpenOption.APPEND);
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the query history " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The newest runs, newest first, at most {@code limit}. Reads backwards from the end of the file a chunk at a
     * time and stops as soon as it has enough. A missing file is an empty history.
     */
    public synchronized List<QueryRecord> recent(int limit) {
        List<QueryRecord> out = new ArrayList<>();
        if (limit <= 0 || !Files.isRegularFile(file)) {
            return out;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] carry = new byte[0]; // the start of a line whose beginning lies further back
            long pos = ch.size();
            while (pos > 0 && out.size() < limit) {
                int n = (int) Math.min(CHUNK, pos);
                pos -= n;
                byte[] block = concat(read(ch, pos, n), carry);
                int end = block.length;
                for (int i = block.length - 1; i >= 0 && out.size() < limit; i--) {
                    if (block[i] == '\n') {
                        addLine(block, i + 1, end, out);
                        end = i;
                    }
                }
                carry = Arrays.copyOf(block, end);
                if (carry.length > MAX_LINE_BYTES) {
                    carry = new byte[0]; // no history line is this long: a damaged file; drop the fragment
                }
            }
            if (pos == 0 && out.size() < limit) {
                addLine(carry, 0, carry.length, out); // the first line of the file
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query history " + file + ": " + e.getMessage(), e);
        }
    }

    private static void addLine(byte[] bytes, int from, int to, List<QueryRecord> out) {
        if (to > from) {
            Optional<QueryRecord> r = QueryRecordJson.parse(new String(bytes, from, to - from, StandardCharsets.UTF_8));
            r.ifPresent(out::add);
        }
    }

    private static byte[] read(FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining() && ch.read(buf, pos + buf.position()) >= 0) {
            // FileChannel may read less than asked
        }
        return buf.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** Creates the file owner-only where the file system allows: statements can be private even when masked. */
    private void createIfMissing() throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            Files.createDirectory(folder); // not createDirectories: a missing workspace is an error, not ours to create
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // another writer created it in between: fine, we append
        }
    }
}
