package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionViewModelTest {
    private final FakeEngine engine = new FakeEngine();
    private final SimpleObjectProperty<EngineStatus> status = new SimpleObjectProperty<>(EngineStatus.of(EngineState.READY));

    @BeforeEach
    void lakehouse() {
        engine.samples.load(JobContext.silent("setup")); // bronze.customers_raw, bronze.orders_raw
    }

    private CompletionViewModel vm(TaskRunner runner) {
        return new CompletionViewModel(engine, runner, status);
    }

    private static java.util.List<String> texts(CompletionViewModel vm) {
        return vm.suggestions().stream().map(Suggestion::text).toList();
    }

    @Test
    void ctrlSpaceReadsTheNamesOnceAndProposesTables() {
        var vm = vm(new DirectTaskRunner());

        vm.request("SELECT * FROM ord", 17, true);

        assertThat(texts(vm)).containsExactly("bronze.orders_raw");
        assertThat(vm.showingProperty().get()).isTrue();
        vm.dismiss();
        vm.request("SELECT * FROM cus", 17, true);
        assertThat(texts(vm)).containsExactly("bronze.customers_raw");
        assertThat(engine.catalog.reads).isOne(); // cached
    }

    @Test
    void namesArriveAfterTheFirstAnswerWhenTheRunnerIsAsynchronous() {
        var runner = new QueuedTaskRunner();
        var vm = vm(runner);

        vm.request("SELECT * FROM bronze.", 21, false);
        assertThat(vm.suggestions()).isEmpty();
        assertThat(vm.showingProperty().get()).isFalse();

        runner.runAll();
        assertThat(texts(vm)).containsExactly("customers_raw", "orders_raw");
        assertThat(vm.showingProperty().get()).isTrue();
    }

    @Test
    void columnsOfTheStatementsTablesAreReadWhenNeeded() {
        var vm = vm(new DirectTaskRunner());

        vm.request("SELECT o. FROM bronze.orders_raw o", 9, false);

        assertThat(texts(vm)).containsExactly("order_id", "customer_id", "order_date", "amount");
        assertThat(engine.catalog.columnReads).isOne();
        vm.request("SELECT o.a FROM bronze.orders_raw o", 10, false);
        assertThat(texts(vm)).containsExactly("amount");
        assertThat(engine.catalog.columnReads).isOne();
    }

    @Test
    void typingRefinesAndLeavingTheWordEndsCompletion() {
        var vm = vm(new DirectTaskRunner());
        vm.request("SELECT * FROM bronze.", 21, false);

        vm.update("SELECT * FROM bronze.o", 22);
        assertThat(texts(vm)).containsExactly("orders_raw");

        vm.update("SELECT * FROM bronze.o ", 23);
        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(vm.suggestions()).isEmpty();
        vm.update("SELECT * FROM bronze.o W", 24); // no longer completing: typing does not reopen it
        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void acceptingGivesTheEditAndEndsCompletion() {
        var vm = vm(new DirectTaskRunner());
        vm.request("select * from bronze.ord", 24, true);

        var edit = vm.accept(vm.suggestions().get(0));

        assertThat(edit).isEqualTo(new CompletionViewModel.Edit(21, 24, "orders_raw"));
        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void aDotAfterAnUnknownNameShowsNothing() {
        var vm = vm(new DirectTaskRunner());

        vm.request("SELECT x.", 9, false);

        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void beforeTheEngineIsReadyOnlyKeywordsAreProposedAndNothingIsRead() {
        status.set(EngineStatus.of(EngineState.STARTING));
        var vm = vm(new DirectTaskRunner());

        vm.request("SEL", 3, true);

        assertThat(texts(vm)).containsExactly("SELECT");
        assertThat(engine.catalog.reads).isZero();
    }

    @Test
    void invalidateReadsTheCatalogAgainAndIgnoresReadsStartedBefore() {
        var runner = new QueuedTaskRunner();
        var vm = vm(runner);
        vm.request("SELECT * FROM bronze.", 21, false);
        vm.invalidate();
        engine.lake.put("bronze", "houses", java.util.List.of(), java.util.List.of());

        runner.runNext(); // the stale read: dropped
        assertThat(vm.suggestions()).isEmpty();
        vm.request("SELECT * FROM bronze.", 21, false);
        runner.runAll();

        assertThat(texts(vm)).containsExactly("customers_raw", "houses", "orders_raw");
    }

    @Test
    void aBrokenCatalogMeansNoNamesNotAnError() {
        engine.catalog.failWith(new IllegalStateException("metastore down"));
        var vm = vm(new DirectTaskRunner());

        vm.request("SELECT * FROM ", 14, true);

        assertThat(vm.suggestions()).isEmpty();
        vm.request("SELECT * FROM ", 14, true);
        assertThat(engine.catalog.reads).isZero(); // not read again on every key
    }
}
