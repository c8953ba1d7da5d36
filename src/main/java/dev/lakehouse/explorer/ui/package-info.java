/**
 * The JavaFX desktop UI, in MVVM: per panel a {@code *View} (built in code) bound to a {@code *ViewModel} that holds
 * only {@code javafx.beans} properties, observable lists and command methods.
 *
 * <p>Decisions that shape this package:
 * <ul>
 *   <li><b>Threading.</b> Every engine call goes through {@link dev.lakehouse.explorer.ui.common.TaskRunner}; the FX
 *       thread never waits on the engine, not even for {@code engine.sql()} (called inside the worker lambdas) or
 *       {@code startAsync()} (called from a daemon thread). On the FX thread the UI only reads {@code info()} and
 *       registers with {@code onStatusChange()} and {@code logs()}: static facts and subscriptions. Engine status reports reach view-models through an
 *       injected {@code Executor uiThread} ({@code Platform::runLater}; {@code Runnable::run} in tests).</li>
 *   <li><b>Cancel settles at once.</b> {@code RunningTask.cancel()} asks the engine to stop the job
 *       ({@code JobService.cancel}, from a worker) and delivers a {@code JobCancelledException} to {@code onFailure}
 *       immediately, so Run is enabled again without waiting for Spark. The worker thread is not interrupted: an
 *       interrupt closes NIO channels that Derby and Parquet writers still use. A value the cancelled call still
 *       returns is discarded and closed if {@code AutoCloseable} — the SQL panel wraps its cursor that way.
 *       Considered: calling nothing on cancel (view-models could not tell a cancel from the task centre) and
 *       waiting for the worker (a stuck Spark job would keep the UI busy).</li>
 *   <li><b>Errors.</b> A panel shows an engine error inline, in the engine's one-line words
 *       ({@link dev.lakehouse.explorer.ui.common.ErrorText}); its stack trace is one click away in the
 *       {@link dev.lakehouse.explorer.ui.common.ErrorPresenter} dialog, which is also the uncaught-exception
 *       handler.</li>
 *   <li><b>Paging.</b> Each run of the SQL panel opens its result in a tab with its own cursor; "Load more rows"
 *       fetches that tab's next page. Closing a tab — or the oldest unpinned one making room, ten are kept —
 *       closes its cursor. The grid does not sort: a page is not the whole result; a chart says it shows the
 *       rows loaded so far. The Catalog's Data tab sorts by header click, but in Spark: the
 *       header click becomes a new query (see ARCHITECTURE.md, "A table page reads compute-free first").</li>
 *   <li><b>Start-up.</b> {@link dev.lakehouse.explorer.ui.shell.DesktopApp#launch} starts JavaFX with
 *       {@code Platform.startup}, shows the window, then starts the engine; on close it saves the window state and
 *       stops the engine off the FX thread behind a "Stopping engine…" overlay (at most 30 s).</li>
 * </ul>
 */
package dev.lakehouse.explorer.ui;
