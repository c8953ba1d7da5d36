package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunViewModelTest {
    @TempDir
    Path workspace;

    @Test
    void aRunUpdatesEachStepsStatusAndCountsAsItGoes() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.service.counts.put("silver_orders", new long[] {120, 100, 8, 12});
        List<String> seen = new ArrayList<>();
        fx.vm.run().lastRunProperty().addListener((obs, old, r) -> {
            if (r != null) {
                seen.add(r.steps().stream().map(s -> s.name() + ":" + s.status()).toList().toString());
            }
        });

        fx.vm.run().run();

        assertThat(seen.get(0)).isEqualTo("[bronze_orders:PENDING, silver_orders:PENDING, gold_revenue:PENDING]");
        assertThat(seen).contains("[bronze_orders:RUNNING, silver_orders:PENDING, gold_revenue:PENDING]",
                "[bronze_orders:SUCCEEDED, silver_orders:RUNNING, gold_revenue:PENDING]");
        RunReport last = fx.vm.run().lastRunProperty().get();
        assertThat(last.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.vm.run().runningProperty().get()).isFalse();
        StepReport silver = last.steps().get(1);
        assertThat(silver.rowsRead()).isEqualTo(120);
        assertThat(silver.rowsQuarantined()).isEqualTo(12);
    }

    @Test
    void theLineageTurnsGreenWithRowCountsOnItsEdges() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        var lineage = fx.vm.lineage().lineageProperty();
        assertThat(lineage.get().nodes()).extracting(Lineage.Node::status).containsOnly(NodeStatus.NEVER_RUN);
        fx.service.counts.put("silver_orders", new long[] {120, 100, 8, 12});

        fx.vm.run().run();

        var l = lineage.get();
        assertThat(l.nodes().stream().filter(n -> n.kind() == Lineage.Kind.STEP))
                .extracting(Lineage.Node::status).containsOnly(NodeStatus.SUCCEEDED);
        assertThat(l.stepNode("silver_orders").orElseThrow().quarantined()).isEqualTo(12);
        assertThat(l.edges()).filteredOn(e -> e.to().equals("step:silver_orders"))
                .singleElement().extracting(Lineage.Edge::rows).isEqualTo(120L);
        assertThat(l.stepNode("gold_revenue").orElseThrow().depth()).isEqualTo(3);
        assertThat(l.node("source:bronze_orders").orElseThrow().depth()).isZero();
    }

    @Test
    void resumeIsOfferedOnlyAfterAFailedRunAndRerunsThatRun() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        assertThat(fx.vm.run().canResumeProperty().get()).isFalse();
        fx.service.failing.add("silver_orders");

        fx.vm.run().run();

        RunReport failed = fx.vm.run().lastRunProperty().get();
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.steps()).extracting(StepReport::status)
                .containsExactly(StepStatus.SUCCEEDED, StepStatus.FAILED, StepStatus.SKIPPED);
        assertThat(fx.vm.lineage().lineageProperty().get().stepNode("silver_orders").orElseThrow().status())
                .isEqualTo(NodeStatus.FAILED);
        assertThat(fx.vm.run().canResumeProperty().get()).isTrue();
        assertThat(fx.vm.run().error().text()).contains("a step failed");

        fx.service.failing.clear();
        fx.vm.run().resume();

        assertThat(fx.service.requests.get(1).resumeRunId()).isEqualTo(failed.runId());
        assertThat(fx.vm.run().lastRunProperty().get().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.vm.run().canResumeProperty().get()).isFalse();
    }

    @Test
    void parametersArePrefilledFromTheSpecAndOnlyChangedOnesAreGiven() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        var params = fx.vm.run().params();
        assertThat(params).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("landing");
            assertThat(p.valueProperty().get()).isEqualTo("./landing");
        });

        fx.vm.run().fullRefreshProperty().set(true);
        fx.vm.run().run();
        assertThat(fx.service.requests.get(0).params()).isEmpty();
        assertThat(fx.service.requests.get(0).fullRefresh()).isTrue();

        params.get(0).valueProperty().set("/data/landing");
        fx.vm.run().run();
        assertThat(fx.service.requests.get(1).params()).containsEntry("landing", "/data/landing");

        fx.vm.editor().textProperty().set(fx.vm.editor().textProperty().get().replace("steps:", "description: x\nsteps:"));
        assertThat(params.get(0).valueProperty().get()).isEqualTo("/data/landing"); // a re-parse keeps what was typed
    }

    @Test
    void aRunRefusedForProblemsShowsThemAtTheirLines() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.vm.editor().textProperty().set(MedallionFixture.ORDERS.replace("    target: gold.revenue", "    targt: gold.revenue"));

        fx.vm.run().run();

        assertThat(fx.vm.run().runningProperty().get()).isFalse();
        assertThat(fx.vm.run().error().text()).contains("problems");
        assertThat(fx.vm.editor().problemLines()).contains(18);
    }

    @Test
    void openingASpecShowsItsLastRunAndCancelledRunsCanBeResumed() throws Exception {
        var first = new MedallionFixture(workspace).opened();
        first.service.failing.add("gold_revenue");
        first.vm.run().run();
        var again = new MedallionFixture(workspace);
        again.service.add(first.service.show("run-0001").orElseThrow());

        again.vm.open(again.spec);

        assertThat(again.vm.run().lastRunProperty().get().runId()).isEqualTo("run-0001");
        assertThat(again.vm.report().runs()).hasSize(1);
        assertThat(again.vm.run().canResumeProperty().get()).isTrue();
        assertThat(again.vm.lineage().lineageProperty().get().stepNode("gold_revenue").orElseThrow().status())
                .isEqualTo(NodeStatus.FAILED);
    }

    @Test
    void cancellingMarksTheRunningStepFailedAndTheRestSkipped() {
        RunReport live = new RunReport("orders", "r1", RunStatus.RUNNING, "orders.yaml", java.util.Map.of(), false,
                null, "manual", java.time.Instant.EPOCH, null, null, List.of(
                step("a", StepStatus.SUCCEEDED), step("b", StepStatus.RUNNING), step("c", StepStatus.PENDING)));

        RunReport cancelled = RunReports.cancelled(live, java.time.Instant.EPOCH.plusSeconds(5));

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.steps()).extracting(StepReport::status)
                .containsExactly(StepStatus.SUCCEEDED, StepStatus.FAILED, StepStatus.SKIPPED);
        assertThat(cancelled.steps().get(1).error()).isEqualTo("cancelled");
    }

    private static StepReport step(String name, StepStatus status) {
        return new StepReport(name, dev.lakehouse.explorer.engine.pipelines.StepKind.TRANSFORM, status, "t", null, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), null, null, null, null);
    }
}
