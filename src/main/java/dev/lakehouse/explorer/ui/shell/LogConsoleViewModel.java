package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.engine.logging.LogFeed;
import dev.lakehouse.explorer.engine.logging.LogLine;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The in-app log: the feed's backlog, then every new line. Spark can log thousands of lines a second, so lines are
 * queued on the logging thread and moved to the UI thread in batches — one hand-off per burst, not per line — and
 * only the newest {@value #MAX_LINES} are kept.
 */
public final class LogConsoleViewModel {
    static final int MAX_LINES = 5_000;
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<LogLine> visible = new FilteredList<>(lines);
    private final ObjectProperty<LogLine.Level> minimumLevel = new SimpleObjectProperty<>(LogLine.Level.INFO);
    private final StringProperty search = new SimpleStringProperty("");
    private final Queue<LogLine> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Executor uiThread;

    public LogConsoleViewModel(LogFeed feed, Executor uiThread) {
        this.uiThread = uiThread;
        visible.predicateProperty().bind(Bindings.createObjectBinding(this::filter, minimumLevel, search));
        append(feed.recent());
        feed.subscribe(this::offer);
    }

    /** Lines passing the level and search filters, oldest first. */
    public ObservableList<LogLine> visibleLines() {
        return visible;
    }

    public int totalLines() {
        return lines.size();
    }

    public ObjectProperty<LogLine.Level> minimumLevelProperty() {
        return minimumLevel;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public void clear() {
        lines.clear();
    }

    private void offer(LogLine line) {
        pending.add(line);
        if (drainScheduled.compareAndSet(false, true)) {
            uiThread.execute(this::drain);
        }
    }

    private void drain() {
        // Reset first: a line offered while we poll then schedules its own drain instead of waiting forever.
        drainScheduled.set(false);
        List<LogLine> batch = new ArrayList<>();
        for (LogLine l = pending.poll(); l != null; l = pending.poll()) {
            batch.add(l);
        }
        append(batch);
    }

    private void append(List<LogLine> batch) {
        List<LogLine> kept = batch.size() > MAX_LINES ? batch.subList(batch.size() - MAX_LINES, batch.size()) : batch;
        int overflow = lines.size() + kept.size() - MAX_LINES;
        if (overflow > 0) {
            lines.remove(0, overflow);
        }
        lines.addAll(kept);
    }

    private Predicate<LogLine> filter() {
        LogLine.Level min = minimumLevel.get() == null ? LogLine.Level.TRACE : minimumLevel.get();
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        return line -> line.level().ordinal() >= min.ordinal()
                && (needle.isEmpty() || (line.message() + " " + line.logger()).toLowerCase(Locale.ROOT).contains(needle));
    }
}
