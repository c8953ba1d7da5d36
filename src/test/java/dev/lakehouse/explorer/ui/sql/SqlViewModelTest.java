package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlViewModelTest {
    private final FakeEngine engine = new FakeEngine();
    private final SimpleObjectProperty<EngineStatus> status = new SimpleObjectProperty<>(EngineStatus.of(EngineState.READY));

    private SqlViewModel vm(TaskRunner runner) {
        return new SqlViewModel(engine, runner, status);
    }

    @Test
    void runsTheWholeTextWhenNothingIsSelected() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(5)");

        vm.run();

        assertThat(vm.columns()).containsExactly(new Column("id", "bigint"));
        assertThat(vm.rows()).containsExactly(List.of(0L), List.of(1L), List.of(2L), List.of(3L), List.of(4L));
        assertThat(vm.statusProperty().get()).isEqualTo("5 rows · 12 ms");
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.error().text()).isEmpty();
    }

    @Test
    void runsOnlyTheSelectionWhenThereIsOne() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT 1 AS a;\nSELECT 2 AS b");
        vm.selectionProperty().set("SELECT 2 AS b");

        vm.run();

        assertThat(engine.sql.executed).containsExactly("SELECT 2 AS b");
        assertThat(vm.columns()).extracting(Column::name).containsExactly("b");
        assertThat(vm.statusProperty().get()).isEqualTo("1 row · 12 ms");
    }

    @Test
    void aBadStatementShowsAnInlineErrorAndKeepsTheText() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(3)");
        vm.run();
        vm.textProperty().set("SELEC 1");

        vm.run();

        assertThat(vm.error().text()).isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'. (line 1, pos 0)");
        assertThat(vm.error().causeProperty().get()).isNotNull();
        assertThat(vm.textProperty().get()).isEqualTo("SELEC 1");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Query failed");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aFailingStatementInAScriptIsNamedByNumber() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT 1; SELECT * FROM bronze.missing");

        vm.run();

        assertThat(vm.error().text()).startsWith("Statement 2: [TABLE_OR_VIEW_NOT_FOUND]");
    }

    @Test
    void theNextSuccessfulRunClearsTheError() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("nonsense");
        vm.run();
        vm.textProperty().set("SELECT 7 AS n");

        vm.run();

        assertThat(vm.error().text()).isEmpty();
        assertThat(vm.rows()).containsExactly(List.of(7));
    }

    @Test
    void pagesThroughALargeResultWithLoadMore() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(450)");

        vm.run();
        assertThat(vm.rows()).hasSize(200);
        assertThat(vm.hasMoreProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("200 rows loaded, more available · 12 ms");

        vm.loadMore();
        assertThat(vm.rows()).hasSize(400);
        assertThat(vm.rows().get(399)).containsExactly(399L);

        vm.loadMore();
        assertThat(vm.rows()).hasSize(450);
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("450 rows · 12 ms");
        assertThat(engine.sql.openCursors()).isZero();

        vm.loadMore(); // nothing left: no call
        assertThat(vm.rows()).hasSize(450);
    }

    @Test
    void countsRowsWithThousandsSeparators() {
        engine.samples.load(JobContext.silent("setup"));
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM bronze.orders_raw");

        vm.run();
        while (vm.hasMoreProperty().get()) {
            vm.loadMore();
        }

        assertThat(vm.statusProperty().get()).isEqualTo("1,234 rows · 12 ms");
        assertThat(vm.columns()).extracting(Column::type).contains("decimal(10,2)");
    }

    @Test
    void closesTheOldCursorWhenANewQueryRuns() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(450)");
        vm.run();
        assertThat(engine.sql.openCursors()).isOne();

        vm.textProperty().set("SELECT 1 AS one");
        vm.run();

        assertThat(engine.sql.closed).containsExactly("cursor-1");
        assertThat(engine.sql.openCursors()).isZero();
    }

    @Test
    void aStatementWithoutColumnsSaysStatementOk() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("CREATE SCHEMA silver");

        vm.run();

        assertThat(vm.statementOkProperty().get()).isTrue();
        assertThat(vm.columns()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Statement OK · 12 ms");
        assertThat(engine.lake.hasSchema("silver")).isTrue();
    }

    @Test
    void runIsDisabledUntilTheEngineIsReadyAndSaysWhy() {
        status.set(EngineStatus.of(EngineState.STARTING));
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT 1");

        assertThat(vm.canRunProperty().get()).isFalse();
        assertThat(vm.runBlockedReasonProperty().get()).contains("starting");
        vm.run();
        assertThat(engine.sql.executed).isEmpty();

        status.set(new EngineStatus(EngineState.FAILED, "Java 17 is required"));
        assertThat(vm.runBlockedReasonProperty().get()).isEqualTo("The engine is unavailable: Java 17 is required");

        status.set(EngineStatus.of(EngineState.READY));
        assertThat(vm.canRunProperty().get()).isTrue();
        assertThat(vm.runBlockedReasonProperty().get()).isEmpty();
    }

    @Test
    void runIsDisabledWhileAQueryRunsAndCancelFreesIt() {
        var runner = new QueuedTaskRunner();
        var vm = vm(runner);
        vm.textProperty().set("SELECT * FROM range(450)");

        vm.run();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.canRunProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Running…");

        vm.cancel();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.canRunProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Query cancelled");
        assertThat(vm.error().text()).isEmpty();

        runner.runNext(); // the engine finishes anyway: its cursor is released, not shown
        assertThat(vm.rows()).isEmpty();
        assertThat(engine.sql.closed).containsExactly("cursor-1");
    }

    @Test
    void cancellingLoadMoreKeepsTheRowsSoFar() {
        var runner = new QueuedTaskRunner();
        var vm = vm(runner);
        vm.textProperty().set("SELECT * FROM range(450)");
        vm.run();
        runner.runNext();

        vm.loadMore();
        assertThat(vm.loadingMoreProperty().get()).isTrue();
        vm.cancel();

        assertThat(vm.loadingMoreProperty().get()).isFalse();
        assertThat(vm.rows()).hasSize(200);
        assertThat(vm.hasMoreProperty().get()).isTrue();
    }
}
