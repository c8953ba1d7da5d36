package dev.lakehouse.explorer.ui.common;

import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class FxTaskRunnerTest {
    private final List<String> cancelled = new CopyOnWriteArrayList<>();
    private final FxTaskRunner runner = new FxTaskRunner(cancelled::add);

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    /** Submits on the FX thread, as the contract asks, and returns the task. */
    private <T> RunningTask submit(EngineCall<T> call, CompletableFuture<Object> outcome) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> runner.submit("Test job", call, v -> {
            assertThat(Platform.isFxApplicationThread()).isTrue();
            outcome.complete(v);
        }, e -> {
            assertThat(Platform.isFxApplicationThread()).isTrue();
            outcome.complete(e);
        })).get(5, TimeUnit.SECONDS);
    }

    @Test
    void runsOffTheFxThreadAndDeliversOnIt() throws Exception {
        var outcome = new CompletableFuture<Object>();
        var onFx = new AtomicBoolean(true);

        submit(ctx -> {
            onFx.set(Platform.isFxApplicationThread());
            return 42;
        }, outcome);

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo(42);
        assertThat(onFx.get()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.centre().tasks()).isEmpty();
    }

    @Test
    void failuresReachOnFailure() throws Exception {
        var outcome = new CompletableFuture<Object>();

        submit(ctx -> {
            throw new QueryException("bad statement");
        }, outcome);

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(QueryException.class);
    }

    @Test
    void progressAndMessageReachTheTask() throws Exception {
        var outcome = new CompletableFuture<Object>();
        var reported = new CountDownLatch(1);
        var finish = new CountDownLatch(1);

        var task = submit(ctx -> {
            ctx.report(new JobProgress(ctx.id(), "Stage 1 of 2", 1, 0, 2, 1, 2));
            reported.countDown();
            finish.await(5, TimeUnit.SECONDS);
            return "done";
        }, outcome);
        reported.await(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        // A Task's properties belong to the FX thread.
        assertThat(WaitForAsyncUtils.asyncFx(() -> task.progressProperty().get()).get()).isEqualTo(0.5);
        assertThat(WaitForAsyncUtils.asyncFx(() -> task.messageProperty().get()).get()).isEqualTo("Stage 1 of 2");
        assertThat(runner.centre().tasks()).containsExactly(task);
        finish.countDown();
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("done");
    }

    @Test
    void cancelSettlesAtOnceAsksTheEngineAndClosesALateResult() throws Exception {
        var outcome = new CompletableFuture<Object>();
        var started = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var lateResultClosed = new CountDownLatch(1);
        AutoCloseable lateResult = lateResultClosed::countDown;

        var task = submit(ctx -> {
            started.countDown();
            finish.await(5, TimeUnit.SECONDS);
            return lateResult;
        }, outcome);
        started.await(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(task::cancel).get(5, TimeUnit.SECONDS);

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(JobCancelledException.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.centre().tasks()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cancelled.contains(task.jobId()));

        finish.countDown();
        assertThat(lateResultClosed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCallFinishingWhileItIsCancelledSettlesOnceAsCancelled() throws Exception {
        // The engine's cancel lets the call return at once, racing the FX thread's cancel of the task: whichever
        // wins, the caller hears "cancelled" exactly once, never a success without a value.
        for (int i = 0; i < 300; i++) {
            var finish = new CountDownLatch(1);
            var racing = new FxTaskRunner(id -> finish.countDown());
            var outcomes = new CopyOnWriteArrayList<Object>();
            var started = new CountDownLatch(1);
            var task = WaitForAsyncUtils.asyncFx(() -> racing.submit("Racing job", ctx -> {
                started.countDown();
                finish.await(5, TimeUnit.SECONDS);
                return "value";
            }, outcomes::add, outcomes::add)).get(5, TimeUnit.SECONDS);
            started.await(5, TimeUnit.SECONDS);

            WaitForAsyncUtils.asyncFx(task::cancel).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> racing.centre().tasks().isEmpty() && !outcomes.isEmpty());
            Thread.sleep(1); // a late second outcome (the Task succeeding after it was cancelled) would arrive now
            WaitForAsyncUtils.asyncFx(() -> null).get(5, TimeUnit.SECONDS);

            assertThat(outcomes).as("run %d", i).singleElement().isInstanceOf(JobCancelledException.class);
            racing.close();
        }
    }

    @Test
    void closeLetsWorkUnderWayFinishWithoutInterruptingIt() throws Exception {
        var outcome = new CompletableFuture<Object>();
        var started = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var interrupted = new AtomicBoolean();
        submit(ctx -> {
            started.countDown();
            try {
                finish.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return "done";
        }, outcome);
        started.await(5, TimeUnit.SECONDS);

        runner.close();
        finish.countDown();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(interrupted).isFalse();
    }

    @Test
    void workSubmittedAfterCloseSettlesAsCancelledInsteadOfThrowing() throws Exception {
        runner.close();
        var outcome = new CompletableFuture<Object>();

        submit(ctx -> 42, outcome);

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(JobCancelledException.class);
        assertThat(runner.centre().tasks()).isEmpty();
    }
}
