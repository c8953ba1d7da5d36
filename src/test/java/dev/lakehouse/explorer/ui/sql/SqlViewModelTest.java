package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.QueryHistory;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlViewModelTest {
    private final FakeEngine engine = new FakeEngine();
    private final SimpleObjectProperty<EngineStatus> status = new SimpleObjectProperty<>(EngineStatus.of(EngineState.READY));
    @TempDir
    Path workspace;

    private SqlViewModel vm(TaskRunner runner) {
        var history = new QueryHistory(workspace.resolve("query-history.jsonl"), engine.redactor);
        return new SqlViewModel(engine, runner, status, history,
                Clock.fixed(Instant.parse("2026-03-01T14:03:12Z"), ZoneOffset.UTC));
    }

    private static ResultTabViewModel selected(SqlViewModel vm) {
        return vm.tabs().selectedProperty().get();
    }

    @Test
    void runsTheWholeTextWhenNothingIsSelectedAndOpensATab() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(5)");

        vm.run();

        var tab = selected(vm);
        assertThat(vm.tabs().list()).containsExactly(tab);
        assertThat(tab.columns()).containsExactly(new Column("id", "bigint"));
        assertThat(tab.rows()).containsExactly(List.of(0L), List.of(1L), List.of(2L), List.of(3L), List.of(4L));
        assertThat(tab.title()).isEqualTo("SELECT * FROM range(5) · 14:03:12");
        assertThat(vm.statusProperty().get()).isEqualTo("5 rows · 12 ms");
        assertThat(tab.hasMoreProperty().get()).isFalse();
        assertThat(vm.error().text()).isEmpty();
    }

    @Test
    void runsOnlyTheSelectionWhenThereIsOne() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT 1 AS a;\nSELECT 2 AS b");
        vm.selectionProperty().set("SELECT 2 AS b");

        vm.run();

        assertThat(engine.sql.executed).containsExactly("SELECT 2 AS b");
        assertThat(selected(vm).columns()).extracting(Column::name).containsExactly("b");
        assertThat(vm.statusProperty().get()).isEqualTo("1 row · 12 ms");
    }

    @Test
    void eachRunOpensANewTabAndKeepsTheEarlierOnesPageable() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(450)");
        vm.run();
        var first = selected(vm);
        vm.textProperty().set("SELECT 1 AS one");

        vm.run();

        assertThat(vm.tabs().list()).hasSize(2);
        assertThat(selected(vm)).isNotSameAs(first);
        assertThat(engine.sql.closed).isEmpty(); // the first result can still page
        vm.tabs().selectedProperty().set(first);
        assertThat(vm.statusProperty().get()).isEqualTo("200 rows loaded, more available · 12 ms");
        vm.loadMore();
        assertThat(first.rows()).hasSize(400);
    }

    @Test
    void closingATabClosesItsCursorAndSelectsANeighbour() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(450)");
        vm.run();
        var first = selected(vm);
        vm.textProperty().set("SELECT 1 AS one");
        vm.run();
        var second = selected(vm);

        vm.tabs().close(second);
        assertThat(selected(vm)).isSameAs(first);
        assertThat(engine.sql.closed).isEmpty(); // that result held no cursor

        vm.tabs().close(first);
        assertThat(engine.sql.closed).containsExactly("cursor-1");
        assertThat(engine.sql.openCursors()).isZero();
        assertThat(selected(vm)).isNull();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void keepsTenTabsClosingTheOldestUnpinnedOne() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(300)"); // each holds a cursor
        vm.run();
        var pinned = selected(vm);
        pinned.pinnedProperty().set(true);
        vm.run();
        var oldestUnpinned = selected(vm);
        for (int i = 0; i < 8; i++) {
            vm.run();
        }
        assertThat(vm.tabs().list()).hasSize(ResultTabs.MAX_TABS);

        vm.run();

        assertThat(vm.tabs().list()).hasSize(ResultTabs.MAX_TABS).contains(pinned).doesNotContain(oldestUnpinned);
        assertThat(engine.sql.closed).containsExactly("cursor-2");
    }

    @Test
    void closeOthersKeepsPinnedTabs() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT 1 AS one");
        for (int i = 0; i < 4; i++) {
            vm.run();
        }
        var pinned = vm.tabs().list().get(0);
        pinned.pinnedProperty().set(true);
        var keep = vm.tabs().list().get(2);

        vm.tabs().closeOthers(keep);

        assertThat(vm.tabs().list()).containsExactly(pinned, keep);
    }

    @Test
    void aBadStatementShowsAnInlineErrorAndOpensNoTab() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(3)");
        vm.run();
        vm.textProperty().set("SELEC 1");

        vm.run();

        assertThat(vm.error().text()).isEqualTo("[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'. (line 1, pos 0)");
        assertThat(vm.error().causeProperty().get()).isNotNull();
        assertThat(vm.textProperty().get()).isEqualTo("SELEC 1");
        assertThat(vm.tabs().list()).hasSize(1);
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
        assertThat(selected(vm).rows()).containsExactly(List.of(7));
    }

    @Test
    void pagesThroughALargeResultWithLoadMore() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(450)");

        vm.run();
        var tab = selected(vm);
        assertThat(tab.rows()).hasSize(200);
        assertThat(tab.hasMoreProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("200 rows loaded, more available · 12 ms");

        tab.loadMore();
        assertThat(tab.rows()).hasSize(400);
        assertThat(tab.rows().get(399)).containsExactly(399L);

        tab.loadMore();
        assertThat(tab.rows()).hasSize(450);
        assertThat(tab.hasMoreProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("450 rows · 12 ms");
        assertThat(engine.sql.openCursors()).isZero();

        tab.loadMore(); // nothing left: no call
        assertThat(tab.rows()).hasSize(450);
    }

    @Test
    void countsRowsWithThousandsSeparators() {
        engine.samples.load(JobContext.silent("setup"));
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM bronze.orders_raw");

        vm.run();
        while (selected(vm).hasMoreProperty().get()) {
            vm.loadMore();
        }

        assertThat(vm.statusProperty().get()).isEqualTo("1,234 rows · 12 ms");
        assertThat(selected(vm).columns()).extracting(Column::type).contains("decimal(10,2)");
    }

    @Test
    void aStatementWithoutColumnsOpensAStatementOkTab() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("CREATE SCHEMA silver");

        vm.run();

        assertThat(selected(vm).hasColumns()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Statement OK · 12 ms");
        assertThat(vm.canExportProperty().get()).isFalse();
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
        assertThat(vm.tabs().list()).isEmpty();
        assertThat(engine.sql.closed).containsExactly("cursor-1");
    }

    @Test
    void cancellingLoadMoreKeepsTheRowsSoFar() {
        var runner = new QueuedTaskRunner();
        var vm = vm(runner);
        vm.textProperty().set("SELECT * FROM range(450)");
        vm.run();
        runner.runAll();
        var tab = selected(vm);

        vm.loadMore();
        assertThat(tab.loadingMoreProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.canRunProperty().get()).isTrue(); // another query may run meanwhile
        vm.cancel();

        assertThat(tab.loadingMoreProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(tab.rows()).hasSize(200);
        assertThat(tab.hasMoreProperty().get()).isTrue();
    }

    @Test
    void everyRunGoesToTheHistoryWithRowsTimeOrError() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(450)");
        vm.run();
        vm.textProperty().set("SELEC 1");
        vm.run();
        vm.textProperty().set("CREATE SCHEMA gold");
        vm.run();

        var store = new QueryHistory(workspace.resolve("query-history.jsonl"), engine.redactor);
        var runs = store.recent(10);
        assertThat(runs).extracting(r -> r.statement()).containsExactly("CREATE SCHEMA gold", "SELEC 1",
                "SELECT * FROM range(450)");
        assertThat(runs.get(2).rowCount()).isEqualTo(200L);
        assertThat(runs.get(2).moreRows()).isTrue();
        assertThat(runs.get(2).startedAt()).isEqualTo(Instant.parse("2026-03-01T14:03:12Z"));
        assertThat(runs.get(1).success()).isFalse();
        assertThat(runs.get(1).error()).contains("PARSE_SYNTAX_ERROR");
        assertThat(runs.get(0).rowCount()).isNull();
        assertThat(vm.history().shown()).isEqualTo(runs);
    }

    @Test
    void aCancelledRunIsRecordedAsSuch() {
        var runner = new QueuedTaskRunner();
        var vm = vm(runner);
        vm.textProperty().set("SELECT 1");
        vm.run();
        vm.cancel();
        runner.runAll();

        assertThat(vm.history().shown()).singleElement()
                .satisfies(r -> assertThat(r.error()).isEqualTo("Cancelled"));
    }

    @Test
    void ddlMakesCompletionReadTheCatalogAgain() {
        var vm = vm(new DirectTaskRunner());
        vm.completion().request("SELECT * FROM ", 14, true);
        int reads = engine.catalog.reads;
        vm.completion().dismiss();

        vm.textProperty().set("CREATE TABLE silver.t (id INT)");
        vm.run();
        vm.completion().request("SELECT * FROM silver.", 21, false);

        assertThat(engine.catalog.reads).isEqualTo(reads + 1);
        assertThat(vm.completion().suggestions()).extracting(Suggestion::text).containsExactly("t");
    }

    @Test
    void ddlAndDmlTellTheOtherPanelsButASelectDoesNot() {
        var vm = vm(new DirectTaskRunner());
        engine.sql.answer("(INSERT|MERGE) .*", m -> new ResultPage(List.of(), List.of(), false));
        List<String> signalled = new ArrayList<>();
        vm.setOnCatalogChanged(() -> signalled.add(vm.textProperty().get()));

        for (String script : List.of("SELECT 1", "INSERT INTO silver.t VALUES (1)",
                "MERGE INTO silver.t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "CREATE TABLE silver.u (id INT)")) {
            vm.textProperty().set(script);
            vm.run();
        }

        assertThat(signalled).containsExactly("INSERT INTO silver.t VALUES (1)",
                "MERGE INTO silver.t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "CREATE TABLE silver.u (id INT)");
    }

    @Test
    void exportsTheSelectedResultsStatement() {
        var vm = vm(new DirectTaskRunner());
        vm.textProperty().set("SELECT * FROM range(450)");
        vm.run();
        Path target = workspace.resolve("numbers.csv");

        assertThat(vm.canExportProperty().get()).isTrue();
        vm.exportSelected(target);

        assertThat(engine.sql.exported).containsExactly(target);
        assertThat(vm.export().noticeProperty().get()).startsWith("Exported the result to " + target + " (CSV, ");
        assertThat(target).content().startsWith("id\n0\n1\n").contains("\n449\n");
    }
}
