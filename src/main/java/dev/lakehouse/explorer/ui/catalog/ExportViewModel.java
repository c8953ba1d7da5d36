package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.ui.common.Sizes;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.ExportFormat;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.ExportResult;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.common.RunningTask;
import dev.lakehouse.explorer.ui.common.ValueFormat;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * "Export" of the Data tab: writes the rows the tab shows (version, sort and filter, not just the loaded pages) to
 * one CSV or Parquet file. An existing file is replaced only after the user confirms, and only once the new file is
 * complete: the engine never overwrites, so it writes beside the target and the file is moved over it at the end.
 */
public final class ExportViewModel {
    private final TablePageViewModel page;
    private final Supplier<TableQuery> query;
    private final ReadOnlyObjectWrapper<Path> overwritePending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final InlineError error = new InlineError();
    private ExportFormat pendingFormat;
    private RunningTask task;

    ExportViewModel(TablePageViewModel page, Supplier<TableQuery> query) {
        this.page = page;
        this.query = query;
    }

    /** Exports to {@code target}; when it exists, waits for {@link #confirmOverwrite()} instead. */
    public void export(Path target, ExportFormat format) {
        notice.set("");
        error.clear();
        if (Files.exists(target)) {
            pendingFormat = format;
            overwritePending.set(target);
            return;
        }
        run(target, format);
    }

    public void confirmOverwrite() {
        Path target = overwritePending.get();
        if (target != null) {
            overwritePending.set(null);
            run(target, pendingFormat);
        }
    }

    public void cancelOverwrite() {
        overwritePending.set(null);
    }

    /** Dismisses the notice and the error. */
    public void clearMessages() {
        notice.set("");
        error.clear();
    }

    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    private void run(Path target, ExportFormat format) {
        TableRef table = page.ref();
        TableQuery q = query.get();
        running.set(true);
        task = page.runner().submit("Exporting " + page.title() + " to " + target.getFileName(),
                ctx -> write(table, q, target, format, ctx), result -> {
                    running.set(false);
                    notice.set("Exported " + ValueFormat.count(result.rows()) + (result.rows() == 1 ? " row" : " rows")
                            + " to " + result.target() + " (" + Sizes.human(result.bytes()) + ").");
                }, t -> {
                    running.set(false);
                    if (t instanceof JobCancelledException) {
                        notice.set("Export cancelled; " + target.getFileName() + " was not changed.");
                    } else {
                        error.show(t);
                    }
                });
    }

    private ExportResult write(TableRef table, TableQuery q, Path target, ExportFormat format, JobContext ctx)
            throws IOException {
        String name = target.getFileName().toString();
        Path partial = target.resolveSibling("." + UUID.randomUUID() + ".partial-" + name);
        try {
            ExportResult written = DeltaAccess.delta(page.engine()).export(table, q, partial, format, ctx);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return new ExportResult(target, written.rows(), written.bytes());
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A file that exists and waits for the user's "replace it?" answer; null when none. */
    public ReadOnlyObjectProperty<Path> overwritePendingProperty() {
        return overwritePending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public InlineError error() {
        return error;
    }
}
