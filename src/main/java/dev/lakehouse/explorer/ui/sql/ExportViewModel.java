package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.sql.ExportResult;
import dev.lakehouse.explorer.ui.common.EngineCall;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.PngWriter;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes files the user asked for — a result as CSV or Parquet, a chart as PNG — in the background, with progress
 * in the task centre. An existing file is never replaced unasked: the write stops at {@link #pendingOverwriteProperty()}
 * until the user confirms or declines. (The check runs on the worker too, as file I/O stays off the UI thread.)
 */
public final class ExportViewModel {
    private final Engine engine;
    private final TaskRunner runner;
    private final InlineError error;
    private final ReadOnlyObjectWrapper<Path> pendingOverwrite = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Runnable pendingWrite;

    /** @param error where a failed write is reported: the panel's inline error */
    public ExportViewModel(Engine engine, TaskRunner runner, InlineError error) {
        this.engine = engine;
        this.runner = runner;
        this.error = error;
    }

    /** The format a file name asks for: {@code .parquet} for Parquet, anything else CSV. */
    public static String formatOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "csv";
    }

    /** Runs the statement again and writes its whole result to {@code target}. */
    public void exportResult(String statement, Path target) {
        String format = formatOf(target);
        write(target, "Exporting to " + target.getFileName(), false, ctx -> {
            ExportResult r = engine.sql().export(statement, target, format, ctx);
            return "Exported the result to " + r.file() + " (" + format.toUpperCase(Locale.ROOT) + ", "
                    + size(r.bytes()) + ", " + ValueFormat.duration(r.elapsedMillis()) + ")";
        });
    }

    /** Writes a chart's pixels to {@code target} as PNG. */
    public void savePng(PngWriter.Pixels pixels, Path target) {
        write(target, "Saving " + target.getFileName(), false, ctx -> {
            PngWriter.write(pixels, target);
            return "Saved the chart to " + target;
        });
    }

    /** Replaces the existing file after all. */
    public void confirmOverwrite() {
        Runnable again = pendingWrite;
        clearPending();
        if (again != null) {
            again.run();
        }
    }

    /** Keeps the existing file; nothing is written. */
    public void keepExisting() {
        clearPending();
    }

    public void clearNotice() {
        notice.set("");
    }

    private void write(Path target, String title, boolean overwrite, EngineCall<String> write) {
        if (working.get()) {
            return;
        }
        working.set(true);
        notice.set("");
        error.clear();
        runner.submit(title, ctx -> !overwrite && Files.exists(target) ? null : write.call(ctx), done -> {
            working.set(false);
            if (done == null) { // it exists: ask first
                pendingWrite = () -> write(target, title, true, write);
                pendingOverwrite.set(target);
            } else {
                notice.set(done);
            }
        }, e -> {
            working.set(false);
            if (!(e instanceof JobCancelledException)) {
                error.show(e);
            }
        });
    }

    private void clearPending() {
        pendingWrite = null;
        pendingOverwrite.set(null);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    /** A file that exists and waits for the user's word; null otherwise. */
    public ReadOnlyObjectProperty<Path> pendingOverwriteProperty() {
        return pendingOverwrite.getReadOnlyProperty();
    }

    /** A write is under way. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The last write's outcome, for a success banner; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
