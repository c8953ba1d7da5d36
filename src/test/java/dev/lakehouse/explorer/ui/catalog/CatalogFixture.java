package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.fake.FakeDeltaTable;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import javafx.beans.property.SimpleObjectProperty;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A fake lakehouse for the Catalog tests: {@code silver.orders} with three versions (3 rows; 250 rows; a new
 * column), {@code silver.customers}, {@code bronze.orders_raw}, and a view. Times are shown in UTC.
 */
final class CatalogFixture {
    static final List<Column> V0_COLUMNS = List.of(new Column("id", "bigint"), new Column("name", "string"));
    static final List<Column> V2_COLUMNS = List.of(new Column("id", "bigint"), new Column("name", "string"),
            new Column("amount", "double"));
    final FakeEngine engine = new FakeEngine();
    final SimpleObjectProperty<EngineStatus> status = new SimpleObjectProperty<>(EngineStatus.of(EngineState.READY));
    final List<String> sqlOpened = new ArrayList<>();
    final FakeDeltaTable orders;

    CatalogFixture() {
        engine.setState(EngineState.READY);
        orders = engine.deltaTable("silver", "orders", V0_COLUMNS, rows(3, false))
                .commit("WRITE", V0_COLUMNS, rows(250, false))
                .commit("ADD COLUMNS", V2_COLUMNS, rows(250, true));
        engine.deltaTable("silver", "customers", List.of(new Column("customer_id", "int")), List.of(List.of(1)));
        engine.deltaTable("bronze", "orders_raw", List.of(new Column("line", "string")), List.of(List.of("x")));
    }

    static List<List<Object>> rows(int n, boolean withAmount) {
        return LongStream.rangeClosed(1, n).<List<Object>>mapToObj(i -> withAmount
                ? List.of(i, "order " + i, i * 1.5) : List.of(i, "order " + i)).toList();
    }

    CatalogViewModel catalog() {
        return catalog(new DirectTaskRunner());
    }

    CatalogViewModel catalog(TaskRunner runner) {
        var vm = new CatalogViewModel(engine, runner, status, ZoneOffset.UTC);
        vm.setOnOpenSql(sqlOpened::add);
        return vm;
    }

    /** The catalog with silver.orders open. */
    TablePageViewModel ordersPage(CatalogViewModel vm) {
        var silver = vm.schemas().stream().filter(s -> s.name().equals("silver")).findFirst().orElseThrow();
        vm.expand(silver);
        vm.open(silver.visibleTables().stream().filter(t -> t.name().equals("orders")).findFirst().orElseThrow());
        return (TablePageViewModel) vm.pageProperty().get();
    }

    void setEngine(EngineState state) {
        engine.setState(state);
        status.set(EngineStatus.of(state));
    }
}
