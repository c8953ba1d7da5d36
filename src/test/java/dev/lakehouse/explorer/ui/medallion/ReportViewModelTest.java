package dev.lakehouse.explorer.ui.medallion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewModelTest {
    @TempDir
    Path workspace;

    @Test
    void expectationResultsAreRowsOfTheTableAndTheChart() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.service.counts.put("silver_orders", new long[] {120, 100, 8, 12});
        fx.service.expectationFailures.put("id_present", 12L);

        fx.vm.run().run();

        assertThat(fx.vm.report().expectations()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("silver_orders.id_present");
            assertThat(e.passed()).isEqualTo(108);
            assertThat(e.failed()).isEqualTo(12);
            assertThat(e.failedShare()).isEqualTo(0.1);
        });
    }

    @Test
    void theTrendIsTheFailedRowsOfTheChosenExpectationPerRunOldestFirst() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        for (long failed : new long[] {5, 0, 7}) {
            fx.service.expectationFailures.put("id_present", failed);
            fx.vm.run().run();
        }

        assertThat(fx.vm.report().selectedExpectationProperty().get().key()).isEqualTo("silver_orders.id_present");
        assertThat(fx.vm.report().trend()).extracting(TrendPoint::failed).containsExactly(5L, 0L, 7L);
        assertThat(fx.vm.report().trend()).extracting(TrendPoint::runId)
                .containsExactly("run-0001", "run-0002", "run-0003");
    }

    @Test
    void aRunWhereTheRuleDidNotRunIsLeftOutOfTheTrend() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.vm.run().run();
        fx.service.failing.add("silver_orders");
        fx.vm.run().run();
        fx.service.failing.clear();
        fx.service.expectationFailures.put("id_present", 3L);
        fx.vm.run().run();

        assertThat(fx.vm.report().trend()).extracting(TrendPoint::runId).containsExactly("run-0001", "run-0003");
    }
}
