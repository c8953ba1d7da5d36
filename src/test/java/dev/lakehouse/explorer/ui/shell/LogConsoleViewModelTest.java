package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.engine.logging.LogLine.Level;
import dev.lakehouse.explorer.engine.logging.LogLine;
import dev.lakehouse.explorer.ui.fake.FakeLogFeed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogConsoleViewModelTest {
    private final FakeLogFeed feed = new FakeLogFeed();

    @Test
    void showsTheBacklogThenNewLines() {
        feed.emit(Level.INFO, "Running Spark version 3.5.9");
        var vm = new LogConsoleViewModel(feed, Runnable::run);

        feed.emit(Level.WARN, "Unable to load native-hadoop library");

        assertThat(vm.visibleLines()).extracting(LogLine::message)
                .containsExactly("Running Spark version 3.5.9", "Unable to load native-hadoop library");
    }

    @Test
    void aBurstOfLinesReachesTheUiThreadInOneBatch() {
        List<Runnable> uiQueue = new ArrayList<>();
        var vm = new LogConsoleViewModel(feed, uiQueue::add);

        for (int i = 0; i < 100; i++) {
            feed.emit(Level.INFO, "line " + i);
        }
        assertThat(vm.visibleLines()).isEmpty();
        assertThat(uiQueue).hasSize(1);

        uiQueue.remove(0).run();
        assertThat(vm.visibleLines()).hasSize(100);
        feed.emit(Level.INFO, "after");
        assertThat(uiQueue).hasSize(1);
    }

    @Test
    void keepsOnlyTheNewestLines() {
        var vm = new LogConsoleViewModel(feed, Runnable::run);

        for (int i = 0; i < LogConsoleViewModel.MAX_LINES + 250; i++) {
            feed.emit(Level.INFO, "line " + i);
        }

        assertThat(vm.totalLines()).isEqualTo(LogConsoleViewModel.MAX_LINES);
        assertThat(vm.visibleLines().get(0).message()).isEqualTo("line 250");
    }

    @Test
    void filtersByLevelAndText() {
        var vm = new LogConsoleViewModel(feed, Runnable::run);
        feed.emit(Level.DEBUG, "block manager details");
        feed.emit(Level.INFO, "Job 3 finished");
        feed.emit(Level.ERROR, "Task failed: disk full");

        assertThat(vm.visibleLines()).extracting(LogLine::message).containsExactly("Job 3 finished", "Task failed: disk full");

        vm.minimumLevelProperty().set(Level.WARN);
        assertThat(vm.visibleLines()).extracting(LogLine::message).containsExactly("Task failed: disk full");

        vm.minimumLevelProperty().set(Level.TRACE);
        vm.searchProperty().set("JOB");
        assertThat(vm.visibleLines()).extracting(LogLine::message).containsExactly("Job 3 finished");

        vm.clear();
        assertThat(vm.visibleLines()).isEmpty();
    }
}
