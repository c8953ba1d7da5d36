package dev.lakehouse.explorer.engine.logging;

import java.util.List;
import java.util.function.Consumer;

/** The application's log as the in-app console sees it: already redacted. */
public interface LogFeed {

    /** The most recent lines, oldest first (a bounded backlog). */
    List<LogLine> recent();

    /** Subscribes to new lines; listeners are called on the logging thread and must not block. */
    void subscribe(Consumer<LogLine> listener);
}
