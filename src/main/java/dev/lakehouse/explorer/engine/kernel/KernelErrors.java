package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.TableRef;
import io.delta.kernel.exceptions.KernelException;
import io.delta.kernel.exceptions.TableNotFoundException;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Kernel throws into one-line {@link TableReadException}s. Kernel 3.3 signals most conditions with a
 * plain {@link KernelException} whose only distinguishing mark is its text, so the few that matter are matched by
 * pattern (this Kernel version is pinned); anything else keeps Kernel's first line.
 */
final class KernelErrors {
    private static final Pattern READER_VERSION = Pattern.compile("requires reader version (\\d+)");
    private static final Pattern READER_FEATURES = Pattern.compile("requires reader table features \\[([^]]*)]");
    private static final Pattern NO_METADATA = Pattern.compile("No (metadata|protocol) found at version (\\d+)");
    private static final Pattern MISSING_FIELD = Pattern.compile("Root node at key (\\w+) is null but field isn't nullable");
    private static final Pattern FILE_READ = Pattern.compile("Error reading (JSON|Parquet) file: (\\S+)");
    private static final int MAX_DETAIL = 200;

    private KernelErrors() {
    }

    /** The exception to throw for {@code e}, raised while reading {@code version} (null = latest) of {@code table}. */
    static TableReadException map(TableRef table, Long version, Throwable e) {
        if (e instanceof TableReadException tre) {
            return tre;
        }
        String what = version == null ? table.toString() : "Version " + version + " of " + table;
        String text = String.valueOf(e.getMessage());
        Matcher m;
        if (e instanceof TableNotFoundException) {
            return new TableReadException(table + " is not a Delta table: its _delta_log folder holds no commits", e);
        }
        if ((m = READER_VERSION.matcher(text)).find()) {
            return unsupported(table, "Delta reader version " + m.group(1) + " (this reader supports 1–"
                    + ProtocolSupport.MAX_READER_VERSION + ")", e);
        }
        if ((m = READER_FEATURES.matcher(text)).find()) {
            return unsupported(table, ProtocolSupport.featuresText(new TreeSet<>(
                    Arrays.asList(m.group(1).split(",\\s*")))), e);
        }
        if ((m = NO_METADATA.matcher(text)).find()) {
            return new TableReadException(what + " cannot be read: its log holds no " + m.group(1) + " action"
                    + " (the table's " + (m.group(1).equals("metadata") ? "schema and properties" : "protocol")
                    + " are missing)", e);
        }
        if ((m = MISSING_FIELD.matcher(text)).find()) {
            return new TableReadException(what + " cannot be read: its log is damaged (an action lacks its "
                    + m.group(1) + ")", e);
        }
        Throwable missing = causeOfType(e, FileNotFoundException.class, NoSuchFileException.class);
        if (missing != null) {
            return new TableReadException(what + " cannot be read: a file it needs is missing (" + fileName(missing) + ")", e);
        }
        if ((m = FILE_READ.matcher(text)).find()) {
            String file = m.group(2).replaceAll("[.:]+$", "");
            String name = file.substring(file.lastIndexOf('/') + 1);
            return file.contains("/_delta_log/")
                    ? new TableReadException("The log of " + table + " is damaged: " + name + " cannot be read", e)
                    : new TableReadException(what + " cannot be read: data file " + name + " cannot be read ("
                    + firstLine(String.valueOf(rootCause(e).getMessage())) + ")", e);
        }
        if (e instanceof KernelException || e instanceof IllegalStateException) {
            return new TableReadException(what + " cannot be read: " + firstLine(text), e);
        }
        return new TableReadException(what + " cannot be read: " + firstLine(e.getClass().getSimpleName() + ": " + text), e);
    }

    static TableReadException unsupported(TableRef table, String what, Throwable cause) {
        return new TableReadException(table + " cannot be read: it needs " + what, cause);
    }

    @SafeVarargs
    private static Throwable causeOfType(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The file name a "file not found" message mentions, without the folders: tables' paths are long. */
    private static String fileName(Throwable missing) {
        String text = firstLine(String.valueOf(missing.getMessage()));
        Matcher m = Pattern.compile("([^/\\\\\\s]+\\.(parquet|json|bin))").matcher(text);
        return m.find() ? m.group(1) : text;
    }

    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL - 1) + "…" : line;
    }
}
