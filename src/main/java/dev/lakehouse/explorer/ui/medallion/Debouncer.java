package dev.lakehouse.explorer.ui.medallion;

/**
 * Runs an action once things have been quiet for a while: each {@link #submit} replaces the action waiting. The
 * editor checks the spec this way, once typing pauses, not on every key.
 */
@FunctionalInterface
public interface Debouncer {
    /** Runs at once: for view-model tests. */
    Debouncer IMMEDIATE = Runnable::run;

    /** Runs {@code action} on the UI thread after the quiet time, unless another submit comes first. */
    void submit(Runnable action);
}
