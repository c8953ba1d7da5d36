package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import dev.lakehouse.explorer.engine.samples.LoadedTable;
import dev.lakehouse.explorer.engine.samples.SampleService;
import dev.lakehouse.explorer.engine.sql.Column;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Loads two small bronze tables into the {@link FakeLakehouse}, replacing earlier ones, with progress. */
public final class FakeSampleService implements SampleService {
    private final FakeLakehouse lake;
    private volatile String failure;
    public volatile int loads;

    public FakeSampleService(FakeLakehouse lake) {
        this.lake = lake;
    }

    /** The next loads fail with this message, as a missing sample file would. */
    public void failWith(String message) {
        failure = message;
    }

    @Override
    public List<LoadedTable> load(JobContext ctx) {
        loads++;
        if (failure != null) {
            throw new QueryException(failure);
        }
        lake.dropSchemaTables("bronze");
        ctx.report(new JobProgress(ctx.id(), "Loading bronze.customers_raw", 1, 0, 2, 0, 4));
        lake.put("bronze", "customers_raw", List.of(new Column("customer_id", "int"), new Column("name", "string")),
                IntStream.rangeClosed(1, 120).<List<Object>>mapToObj(i -> List.of(i, "Customer " + i)).toList());
        ctx.report(new JobProgress(ctx.id(), "Loading bronze.orders_raw", 2, 1, 2, 2, 4));
        List<List<Object>> orders = new ArrayList<>();
        for (int i = 1; i <= 1_234; i++) {
            orders.add(List.of(i, 1 + i % 120, LocalDate.of(2024, 1, 1).plusDays(i % 365),
                    BigDecimal.valueOf(i * 7L % 1000, 2)));
        }
        lake.put("bronze", "orders_raw", List.of(new Column("order_id", "int"), new Column("customer_id", "int"),
                new Column("order_date", "date"), new Column("amount", "decimal(10,2)")), orders);
        ctx.report(new JobProgress(ctx.id(), "Done", 2, 2, 2, 4, 4));
        return List.of(new LoadedTable("bronze.customers_raw", 120), new LoadedTable("bronze.orders_raw", 1_234));
    }
}
