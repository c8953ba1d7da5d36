package dev.lakehouse.explorer.ui.common;

import java.util.function.Consumer;

/**
 * Runs engine calls away from the UI thread and hands their outcome back to it. Every engine call of the UI goes
 * through here, so the FX thread never waits on the engine.
 *
 * <p>The contract every implementation keeps:
 * <ul>
 *   <li>{@link #submit} is called on the UI thread; exactly one of {@code onSuccess} / {@code onFailure} is then
 *       called, also on the UI thread.</li>
 *   <li>The runner creates the call's {@code JobContext}; progress reported to it shows on the {@link RunningTask}.</li>
 *   <li>{@link RunningTask#cancel()} settles the task at once: {@code onFailure} receives a
 *       {@link dev.lakehouse.explorer.engine.JobCancelledException}, so the UI is free again without waiting for
 *       Spark to wind down, and the engine is asked to stop the job. Whatever the call still returns afterwards is
 *       discarded — and closed when it is {@link AutoCloseable}, so a call that opens a resource (a cursor)
 *       should return it as one.</li>
 * </ul>
 */
public interface TaskRunner {

    <T> RunningTask submit(String title, EngineCall<T> call, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The tasks running now, for the status bar. */
    TaskCentre centre();
}
