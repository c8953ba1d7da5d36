package dev.lakehouse.explorer.engine.logging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A bounded backlog of log lines plus live subscribers: what the in-app log console reads. */
public final class InMemoryLogFeed implements LogFeed {
    private final int capacity;
    private final Deque<LogLine> backlog = new ArrayDeque<>();
    private final List<Consumer<LogLine>> listeners = new CopyOnWriteArrayList<>();

    public InMemoryLogFeed(int capacity) {
        this.capacity = capacity;
    }

    public void publish(LogLine line) {
        synchronized (backlog) {
            if (backlog.size() == capacity) {
                backlog.removeFirst();
            }
            backlog.addLast(line);
        }
        for (Consumer<LogLine> l : listeners) {
            l.accept(line);
        }
    }

    @Override
    public List<LogLine> recent() {
        synchronized (backlog) {
            return new ArrayList<>(backlog);
        }
    }

    @Override
    public void subscribe(Consumer<LogLine> listener) {
        listeners.add(listener);
    }
}
