package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewModelTest {
    private final CatalogFixture fx = new CatalogFixture();

    @Test
    void listsSchemasWhenReadyAndReadsTheirTablesOnlyWhenOpened() {
        var vm = fx.catalog();

        assertThat(vm.schemas()).extracting(SchemaNode::name).containsExactly("bronze", "default", "silver");
        var silver = vm.schemas().get(2);
        assertThat(silver.tableCountProperty().get()).isEqualTo(2);
        assertThat(silver.stateProperty().get()).isEqualTo(SchemaNode.State.NOT_LOADED);
        assertThat(silver.visibleTables()).isEmpty();

        vm.expand(silver);

        assertThat(silver.stateProperty().get()).isEqualTo(SchemaNode.State.LOADED);
        assertThat(silver.visibleTables()).extracting(TableSummary::name).containsExactly("customers", "orders");
        assertThat(vm.schemas().get(0).stateProperty().get()).isEqualTo(SchemaNode.State.NOT_LOADED);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void tablesAreReadOffTheUiThreadThroughTheTaskRunner() {
        var runner = new QueuedTaskRunner();
        var vm = fx.catalog(runner);
        runner.runNext(); // the schema list
        var silver = vm.schemas().get(2);

        vm.expand(silver);

        assertThat(silver.stateProperty().get()).isEqualTo(SchemaNode.State.LOADING);
        assertThat(runner.pending()).isOne();
        runner.runNext();
        assertThat(silver.visibleTables()).hasSize(2);
    }

    @Test
    void beforeTheEngineIsReadyItSaysWhenTheCatalogComes() {
        fx.setEngine(EngineState.STARTING);
        var vm = fx.catalog();

        assertThat(vm.schemas()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("The catalog appears when the engine is ready");
        assertThat(fx.engine.catalog.reads).isZero();

        fx.setEngine(EngineState.READY);
        assertThat(vm.schemas()).hasSize(3);
    }

    @Test
    void theFilterSearchesTableNamesAcrossSchemasReadingEachSchemaOnce() {
        var vm = fx.catalog();

        vm.filterProperty().set("ORDERS");

        assertThat(vm.schemas()).allMatch(s -> s.stateProperty().get() == SchemaNode.State.LOADED);
        assertThat(vm.schemas().get(0).visibleTables()).extracting(TableSummary::qualifiedName)
                .containsExactly("bronze.orders_raw");
        assertThat(vm.schemas().get(2).visibleTables()).extracting(TableSummary::qualifiedName)
                .containsExactly("silver.orders");
        assertThat(vm.schemas()).filteredOn(s -> s.matches("ORDERS")).extracting(SchemaNode::name)
                .containsExactly("bronze", "silver");

        vm.filterProperty().set("silver.cust");
        assertThat(vm.schemas().get(2).visibleTables()).extracting(TableSummary::name).containsExactly("customers");
        vm.filterProperty().set("");
        assertThat(vm.schemas().get(2).visibleTables()).hasSize(2);
    }

    @Test
    void refreshKeepsReadSchemasReadAndPicksUpNewTables() {
        var vm = fx.catalog();
        var silver = vm.schemas().get(2);
        vm.expand(silver);
        fx.engine.lake.put("silver", "returns", List.of(new Column("id", "int")), List.of());
        fx.engine.lake.createSchema("gold");

        vm.refresh();

        assertThat(vm.schemas()).extracting(SchemaNode::name).containsExactly("bronze", "default", "gold", "silver");
        assertThat(vm.schemas().get(3)).isSameAs(silver);
        assertThat(silver.visibleTables()).extracting(TableSummary::name).containsExactly("customers", "orders", "returns");
    }

    @Test
    void aBrokenMetastoreShowsItsMessageInlineAndTheTreeStaysUsable() {
        fx.engine.catalog.failWith(new QueryException("The metastore is locked by another process."));
        var vm = fx.catalog();

        assertThat(vm.error().text()).isEqualTo("The metastore is locked by another process.");
        assertThat(vm.messageProperty().get()).isEqualTo("The catalog could not be read.");
    }

    @Test
    void aSchemaWhoseTablesCannotBeListedSaysWhyAndCanBeTriedAgain() {
        var vm = fx.catalog();
        var silver = vm.schemas().get(2);
        fx.engine.catalog.failWith(new QueryException("[SCHEMA_NOT_FOUND] The schema `silver` cannot be found."));

        vm.expand(silver);
        assertThat(silver.stateProperty().get()).isEqualTo(SchemaNode.State.FAILED);
        assertThat(silver.errorProperty().get()).contains("SCHEMA_NOT_FOUND");

        fx.engine.catalog.failWith(null);
        vm.expand(silver);
        assertThat(silver.stateProperty().get()).isEqualTo(SchemaNode.State.LOADED);
    }

    @Test
    void selectingADeltaTableOpensItsPageAtTheCatalogsLocation() {
        var vm = fx.catalog();

        var page = fx.ordersPage(vm);

        assertThat(page.title()).isEqualTo("silver.orders");
        assertThat(page.refProperty().get()).isEqualTo(fx.orders.ref());
        assertThat(page.data().rows()).hasSize(200);
    }

    @Test
    void aChangeMadeElsewhereIsShownWhenTheOpenTableIsReadAgain() {
        var vm = fx.catalog();
        var page = fx.ordersPage(vm);
        assertThat(page.history()).hasSize(3);

        fx.orders.commit("DELETE", CatalogFixture.V2_COLUMNS, CatalogFixture.rows(10, true));
        vm.refresh();

        assertThat(page.history()).hasSize(4).first().extracting(v -> v.operation()).isEqualTo("DELETE");
        assertThat(page.latestVersionProperty().get()).isEqualTo(3);
        assertThat(page.data().rows()).hasSize(10);
    }

    @Test
    void aTableWithoutALocalLocationIsFoundThroughTheLocator() {
        var vm = fx.catalog();

        vm.open(new TableSummary("silver", "orders", "EXTERNAL", "delta", "", null));

        var page = (TablePageViewModel) vm.pageProperty().get();
        assertThat(page.refProperty().get()).isEqualTo(fx.orders.ref());
        assertThat(fx.engine.locator).extracting("resolved").asList().containsExactly("silver.orders");
    }

    @Test
    void withoutALocatorAPageOfAnUnknownFolderSaysSoInOneLine() {
        fx.engine.locator = null;
        var vm = fx.catalog();

        vm.open(new TableSummary("silver", "orders", "EXTERNAL", "delta", "", null));

        var page = (TablePageViewModel) vm.pageProperty().get();
        assertThat(page.error().text()).startsWith("Looking tables up by name is not available yet");
    }

    @Test
    void viewsAndOtherFormatsOpenReadOnlyThroughSql() {
        fx.engine.sql.answer("SELECT \\* FROM `default`\\.`v_orders` LIMIT 200",
                m -> new ResultPage(List.of(new Column("n", "int")), List.of(List.of(7)), false));
        var vm = fx.catalog();

        vm.open(new TableSummary("default", "v_orders", "VIEW", "", "", null));

        var page = (DatasetPageViewModel) vm.pageProperty().get();
        assertThat(page.rows()).containsExactly(List.of(7));
        assertThat(page.conversion()).isEqualTo(DatasetPageViewModel.Conversion.NONE);
        assertThat(page.statusProperty().get()).isEqualTo("1 row · read-only");
    }

    @Test
    void openingAnotherTableReleasesThePreviousPage() {
        var vm = fx.catalog();
        var first = fx.ordersPage(vm);
        first.data().sortBy(List.of(new dev.lakehouse.explorer.engine.delta.TableQuery.SortKey("id", false)));
        assertThat(fx.engine.sql.openCursors()).isOne();

        vm.closePage();

        assertThat(vm.pageProperty().get()).isNull();
        assertThat(fx.engine.sql.openCursors()).isZero();
    }
}
