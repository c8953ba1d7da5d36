package dev.lakehouse.explorer.ui.common;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class DirectTaskRunnerTest {
    private final DirectTaskRunner runner = new DirectTaskRunner();

    @Test
    void runsAtOnceAndDeliversTheValue() {
        var result = new AtomicReference<String>();

        var task = runner.submit("Greeting", ctx -> "hello " + ctx.title(), result::set, e -> { });

        assertThat(result.get()).isEqualTo("hello Greeting");
        assertThat(task.jobId()).startsWith("lx-");
        assertThat(runner.centre().tasks()).isEmpty();
    }

    @Test
    void listsTheTaskWhileItRunsAndShowsItsProgress() {
        List<Integer> listed = new ArrayList<>();
        var seen = new AtomicReference<RunningTask>();

        runner.submit("Load", ctx -> {
            listed.add(runner.centre().tasks().size());
            ctx.report(new JobProgress(ctx.id(), "Loading bronze.orders_raw", 1, 0, 1, 3, 4));
            seen.set(runner.centre().tasks().get(0));
            return 1;
        }, v -> { }, e -> { });

        assertThat(listed).containsExactly(1);
        assertThat(seen.get().progressProperty().get()).isEqualTo(0.75);
        assertThat(seen.get().messageProperty().get()).isEqualTo("Loading bronze.orders_raw");
    }

    @Test
    void aFailingCallReachesOnFailure() {
        var error = new AtomicReference<Throwable>();

        runner.submit("Bad", ctx -> {
            throw new QueryException("nope");
        }, v -> { }, error::set);

        assertThat(error.get()).isInstanceOf(QueryException.class).hasMessage("nope");
    }
}
