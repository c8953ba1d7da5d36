package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.fake.FakePipelineService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The orders spec of the issue on a fake pipeline service, in a temporary workspace. */
final class MedallionFixture {
    static final String ORDERS = """
            pipeline: orders
            parameters:
              landing: ./landing
            steps:
              - name: bronze_orders
                source: {format: csv, path: "${landing}/orders"}
                target: bronze.orders
              - name: silver_orders
                from: bronze_orders
                columns:
                  order_id: CAST(order_id AS BIGINT)
                expectations:
                  - {name: id_present, rule: "order_id IS NOT NULL", action: quarantine}
                write: {mode: merge, key: [order_id]}
                target: silver.orders
              - name: gold_revenue
                sql: "SELECT SUM(amount) AS revenue FROM silver.orders"
                target: gold.revenue
            """;
    static final int BRONZE_LINE = 5;
    static final int SILVER_LINE = 8;
    static final int GOLD_LINE = 16;
    final FakePipelineService service = new FakePipelineService();
    final Path workspace;
    final Path spec;
    final MedallionViewModel vm;

    MedallionFixture(Path workspace) throws IOException {
        this.workspace = workspace;
        Files.createDirectories(workspace.resolve("pipelines"));
        spec = workspace.resolve("pipelines").resolve("orders.yaml");
        Files.writeString(spec, ORDERS);
        vm = new MedallionViewModel(() -> service, new DirectTaskRunner(), new EngineStepEdits(), Debouncer.IMMEDIATE,
                workspace, Runnable::run, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
    }

    MedallionFixture opened() {
        vm.open(spec);
        return this;
    }
}
