package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.logging.LogFeed;
import dev.lakehouse.explorer.engine.logging.LogLine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A log feed whose lines the test emits. */
public final class FakeLogFeed implements LogFeed {
    private final List<LogLine> backlog = new CopyOnWriteArrayList<>();
    private final List<Consumer<LogLine>> listeners = new CopyOnWriteArrayList<>();

    public void emit(LogLine.Level level, String message) {
        var line = new LogLine(Instant.now(), level, "org.apache.spark.SparkContext", message);
        backlog.add(line);
        listeners.forEach(l -> l.accept(line));
    }

    @Override
    public List<LogLine> recent() {
        return new ArrayList<>(backlog);
    }

    @Override
    public void subscribe(Consumer<LogLine> listener) {
        listeners.add(listener);
    }
}
