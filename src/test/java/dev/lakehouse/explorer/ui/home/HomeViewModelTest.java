package dev.lakehouse.explorer.ui.home;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.EngineUnavailableException;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewModelTest {
    private final FakeEngine engine = new FakeEngine();
    private final SimpleObjectProperty<EngineStatus> status =
            new SimpleObjectProperty<>(EngineStatus.of(EngineState.STARTING));

    private HomeViewModel vm(TaskRunner runner) {
        return new HomeViewModel(engine, runner, status);
    }

    @Test
    void whileTheEngineStartsItSaysTheCatalogComesWhenReady() {
        var vm = vm(new DirectTaskRunner());

        assertThat(vm.catalogStateProperty().get()).isEqualTo(CatalogState.WAITING);
        assertThat(vm.catalogMessageProperty().get()).isEqualTo("The catalog appears when the engine is ready.");
        assertThat(vm.catalogBusyProperty().get()).isTrue();
        assertThat(vm.canCreateSamplesProperty().get()).isFalse();
        assertThat(engine.catalog.reads).isZero();
    }

    @Test
    void loadsSchemasAndRecentTablesWhenTheEngineBecomesReady() {
        engine.lake.put("silver", "orders", List.of(), List.of());
        var vm = vm(new DirectTaskRunner());

        status.set(EngineStatus.of(EngineState.READY));

        assertThat(vm.catalogStateProperty().get()).isEqualTo(CatalogState.LOADED);
        assertThat(vm.schemas()).containsExactly(new SchemaSummary("default", 0), new SchemaSummary("silver", 1));
        assertThat(vm.recentTables()).extracting(TableSummary::qualifiedName).containsExactly("silver.orders");
        assertThat(vm.hasSampleTablesProperty().get()).isFalse();
        assertThat(vm.canCreateSamplesProperty().get()).isTrue();
        assertThat(vm.catalogBusyProperty().get()).isFalse();
    }

    @Test
    void creatingTheSampleLakehouseLoadsBronzeAndRefreshes() {
        status.set(EngineStatus.of(EngineState.READY));
        var vm = vm(new DirectTaskRunner());

        vm.createSampleLakehouse();

        assertThat(engine.samples.loads).isOne();
        assertThat(vm.noticeProperty().get()).isEqualTo("Loaded 2 sample tables into bronze (1,354 rows).");
        assertThat(vm.schemas()).contains(new SchemaSummary("bronze", 2));
        assertThat(vm.recentTables()).extracting(TableSummary::qualifiedName)
                .containsExactly("bronze.orders_raw", "bronze.customers_raw");
        assertThat(vm.hasSampleTablesProperty().get()).isTrue();
        assertThat(vm.loadingSamplesProperty().get()).isFalse();
    }

    @Test
    void reloadingReplacesTheSampleTables() {
        status.set(EngineStatus.of(EngineState.READY));
        var vm = vm(new DirectTaskRunner());
        vm.createSampleLakehouse();

        vm.createSampleLakehouse();

        assertThat(engine.samples.loads).isEqualTo(2);
        assertThat(vm.schemas()).contains(new SchemaSummary("bronze", 2));
    }

    @Test
    void showsProgressWhileTheSamplesLoad() {
        status.set(EngineStatus.of(EngineState.READY));
        var runner = new QueuedTaskRunner();
        var vm = vm(runner);
        runner.runAll(); // the first catalog read

        vm.createSampleLakehouse();

        assertThat(vm.loadingSamplesProperty().get()).isTrue();
        assertThat(vm.canCreateSamplesProperty().get()).isFalse();
        assertThat(vm.sampleMessageProperty().get()).isEqualTo("Creating the sample lakehouse");
        runner.runNext();
        assertThat(vm.loadingSamplesProperty().get()).isFalse();
        assertThat(vm.sampleMessageProperty().get()).isEmpty();
        runner.runAll();
        assertThat(vm.hasSampleTablesProperty().get()).isTrue();
    }

    @Test
    void aCancelledSampleLoadIsNewsNotAnError() {
        status.set(EngineStatus.of(EngineState.READY));
        var runner = new QueuedTaskRunner();
        var vm = vm(runner);
        runner.runAll();
        vm.createSampleLakehouse();

        runner.lastSubmitted().cancel(); // as the task centre's Cancel button does

        assertThat(vm.loadingSamplesProperty().get()).isFalse();
        assertThat(vm.error().text()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Creating the sample lakehouse was cancelled.");
    }

    @Test
    void aFailedSampleLoadShowsTheEnginesMessage() {
        status.set(EngineStatus.of(EngineState.READY));
        engine.samples.failWith("Cannot read sample file orders.csv: it is not valid UTF-8");
        var vm = vm(new DirectTaskRunner());

        vm.createSampleLakehouse();

        assertThat(vm.error().text()).isEqualTo("Cannot read sample file orders.csv: it is not valid UTF-8");
        assertThat(vm.error().causeProperty().get()).isNotNull();
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(vm.loadingSamplesProperty().get()).isFalse();
        assertThat(vm.canCreateSamplesProperty().get()).isTrue();

        vm.clearMessages();
        assertThat(vm.error().text()).isEmpty();
    }

    @Test
    void aFailedEngineShowsItsReasonInsteadOfWaiting() {
        var vm = vm(new DirectTaskRunner());

        status.set(new EngineStatus(EngineState.FAILED, "Workspace /data is in use by another Lakehouse Explorer"));

        assertThat(vm.catalogStateProperty().get()).isEqualTo(CatalogState.UNAVAILABLE);
        assertThat(vm.catalogMessageProperty().get())
                .isEqualTo("The engine could not start: Workspace /data is in use by another Lakehouse Explorer");
        assertThat(vm.catalogBusyProperty().get()).isFalse();
    }

    @Test
    void anUnreadableCatalogIsReported() {
        engine.catalog.failWith(new EngineUnavailableException("The metastore is not reachable."));
        var vm = vm(new DirectTaskRunner());

        status.set(EngineStatus.of(EngineState.READY));

        assertThat(vm.catalogStateProperty().get()).isEqualTo(CatalogState.UNAVAILABLE);
        assertThat(vm.catalogMessageProperty().get())
                .isEqualTo("Could not read the catalog: The metastore is not reachable.");
    }

    @Test
    void opensTablesAndSchemasInSql() {
        status.set(EngineStatus.of(EngineState.READY));
        var vm = vm(new DirectTaskRunner());
        List<String> opened = new ArrayList<>();
        vm.setOnQuery(opened::add);
        vm.createSampleLakehouse();

        vm.queryTable(vm.recentTables().get(0));
        vm.showTables(new SchemaSummary("bronze", 2));

        assertThat(opened).containsExactly("SELECT * FROM bronze.orders_raw LIMIT 100", "SHOW TABLES IN bronze");
    }

    @Test
    void showsTheEngineFacts() {
        var vm = vm(new DirectTaskRunner());

        assertThat(vm.info().sparkVersion()).isEqualTo("3.5.9");
        assertThat(vm.info().workspace().toString()).isEqualTo("/tmp/lakehouse-test");
    }
}
