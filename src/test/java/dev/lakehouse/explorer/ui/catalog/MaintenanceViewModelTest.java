package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MaintenanceViewModelTest {
    private final CatalogFixture fx = new CatalogFixture();

    @Test
    void restoreAsksWithItsPreviewAndRunsOnlyWhenConfirmed() {
        var page = fx.ordersPage(fx.catalog());
        var m = page.maintenance();
        assertThat(m.restoreVersions()).containsExactly(1L, 0L);
        m.restoreVersionProperty().set(0L);

        m.previewRestore();

        assertThat(fx.engine.deltaService.calls).containsExactly("count v=null sort=[] filter=null", "previewRestore 0");
        assertThat(m.restoreQuestion()).contains("Restore silver.orders to version 0?", "Rows: 250 now → 3 after.",
                "Schema: − amount removed.");
        m.dismissRestore();
        m.confirmRestore(); // nothing waits any more: does nothing
        assertThat(fx.engine.deltaService.calls).doesNotContain("restore 0");

        m.previewRestore();
        m.confirmRestore();

        assertThat(fx.engine.deltaService.calls).contains("restore 0");
        assertThat(m.noticeProperty().get()).isEqualTo("Restored to version 0 as new version 3.");
        assertThat(page.history()).extracting(TableVersion::version).containsExactly(3L, 2L, 1L, 0L);
        assertThat(page.data().rows()).hasSize(3);
        assertThat(page.schema().fields()).hasSize(2);
    }

    @Test
    void restoringFromAnOlderShownVersionGoesBackToTheLatest() {
        var page = fx.ordersPage(fx.catalog());
        page.timeTravel().showVersion(1);
        page.maintenance().restoreVersionProperty().set(1L);

        page.maintenance().previewRestore();
        page.maintenance().confirmRestore();

        assertThat(page.shownVersionProperty().get()).isNull();
        assertThat(page.latestVersionProperty().get()).isEqualTo(3);
        assertThat(page.timeTravel().bannerProperty().get()).isEmpty();
    }

    @Test
    void vacuumShowsItsDryRunAndDeletesOnlyWhenConfirmed() {
        var page = fx.ordersPage(fx.catalog());
        var m = page.maintenance();
        m.retainHoursProperty().set("200");

        m.planVacuum();

        assertThat(fx.engine.deltaService.calls).contains("planVacuum 200.0").noneMatch(c -> c.startsWith("vacuum"));
        assertThat(m.vacuumPlanProperty().get().files()).hasSize(2);
        assertThat(m.vacuumSummary()).isEqualTo("VACUUM will delete 2 files (2.0 KiB) no longer referenced for more "
                + "than 200 hours. Versions 0–1 will no longer be readable (time travel to them stops working).");
        assertThat(page.history()).allMatch(TableVersion::readable);

        m.confirmVacuum();

        assertThat(fx.engine.deltaService.calls).contains("vacuum 200.0");
        assertThat(m.vacuumPlanProperty().get()).isNull();
        assertThat(m.noticeProperty().get()).isEqualTo("VACUUM deleted 2 files (2.0 KiB).");
        assertThat(page.history()).filteredOn(v -> !v.readable()).extracting(TableVersion::version)
                .containsExactly(1L, 0L);
        assertThat(page.compare().versions()).containsExactly(2L);
        assertThat(m.restoreVersions()).isEmpty();
    }

    @Test
    void aDryRunIsDroppedOnceTheTableHasANewVersion() {
        var vm = fx.catalog();
        var m = fx.ordersPage(vm).maintenance();
        m.planVacuum();
        assertThat(m.vacuumPlanProperty().get()).isNotNull();

        m.optimize();

        assertThat(m.vacuumPlanProperty().get()).isNull();
        m.planVacuum();
        fx.orders.commit("DELETE", CatalogFixture.V2_COLUMNS, CatalogFixture.rows(10, true)); // e.g. in the SQL panel
        vm.refresh();
        assertThat(m.vacuumPlanProperty().get()).isNull();
    }

    @Test
    void aRetentionThatIsNotANumberIsRefusedBeforeAnythingRuns() {
        var m = fx.ordersPage(fx.catalog()).maintenance();
        m.retainHoursProperty().set("a week");

        m.planVacuum();

        assertThat(m.error().text()).startsWith("Retention is a number of hours");
        assertThat(fx.engine.deltaService.calls).noneMatch(c -> c.contains("acuum"));
    }

    @Test
    void optimizeZOrdersByTheTickedColumnsAndReadsTheTableAgain() {
        var page = fx.ordersPage(fx.catalog());
        page.maintenance().zOrderColumns().setAll("id");

        page.maintenance().optimize();

        assertThat(fx.engine.deltaService.calls).contains("optimize [id]");
        assertThat(page.maintenance().noticeProperty().get())
                .isEqualTo("OPTIMIZE committed version 3: 1 files added · 3 files removed.");
        assertThat(page.history().get(0).operation()).isEqualTo("OPTIMIZE");
    }

    @Test
    void theChangeDataFeedIsEnabledOnlyAfterConfirmation() {
        var page = fx.ordersPage(fx.catalog());
        var m = page.maintenance();
        assertThat(m.changeDataFeedOnProperty().get()).isFalse();

        m.askEnableChangeDataFeed();
        assertThat(m.changeDataFeedAskedProperty().get()).isTrue();
        assertThat(fx.engine.deltaService.calls).doesNotContain("enableChangeDataFeed");
        m.dismissChangeDataFeed();
        m.confirmEnableChangeDataFeed();
        assertThat(fx.engine.deltaService.calls).doesNotContain("enableChangeDataFeed");

        m.askEnableChangeDataFeed();
        m.confirmEnableChangeDataFeed();

        assertThat(fx.engine.deltaService.calls).contains("enableChangeDataFeed");
        assertThat(m.changeDataFeedOnProperty().get()).isTrue();
    }

    @Test
    void aRunningOperationShowsProgressAndCanBeCancelled() {
        var runner = new QueuedTaskRunner();
        var vm = fx.catalog(runner);
        runner.runAll();
        vm.openTable("silver.orders", fx.orders.ref());
        runner.runAll();
        var m = ((TablePageViewModel) vm.pageProperty().get()).maintenance();

        m.optimize();
        assertThat(m.runningProperty().get()).isTrue();
        assertThat(m.progressMessageProperty().get()).isEqualTo("Optimizing silver.orders");
        m.optimize(); // one operation at a time
        assertThat(runner.pending()).isOne();

        runner.lastSubmitted().cancel();

        assertThat(m.runningProperty().get()).isFalse();
        assertThat(m.noticeProperty().get()).isEqualTo("Cancelled: Optimizing silver.orders.");
        assertThat(m.error().text()).isEmpty();
    }

    @Test
    void aFailedOperationSaysWhyInOneLine() {
        fx.engine.delta = null;
        var m = fx.ordersPage(fx.catalog()).maintenance();

        m.optimize();

        assertThat(m.error().text()).contains("need the engine's Delta service");
        assertThat(m.runningProperty().get()).isFalse();
        assertThat(List.of(m.noticeProperty().get())).containsExactly("");
    }
}
