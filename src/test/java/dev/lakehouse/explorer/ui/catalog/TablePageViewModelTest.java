package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.ui.catalog.DetailsTabViewModel.Fact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TablePageViewModelTest {
    private final CatalogFixture fx = new CatalogFixture();

    @Test
    void theFirstPageSchemaDetailsAndHistoryArriveBeforeSparkIsReady() {
        fx.setEngine(EngineState.STARTING);
        var vm = fx.catalog();

        vm.openTable(null, fx.orders.ref()); // "Browse by path": no metastore needed
        var page = (TablePageViewModel) vm.pageProperty().get();

        assertThat(page.data().rows()).hasSize(200);
        assertThat(page.data().rows().get(0)).isEqualTo(List.of(1L, "order 1", 1.5));
        assertThat(page.data().statusProperty().get()).isEqualTo("200 rows shown in file order · more available");
        assertThat(page.schema().fields()).extracting(SchemaField::name).containsExactly("id", "name", "amount");
        assertThat(page.details().facts()).contains(new Fact("Version", "2"));
        assertThat(page.history()).extracting(TableVersion::version).containsExactly(2L, 1L, 0L);
        assertThat(page.data().count().textProperty().get()).isEqualTo("Row count follows when the engine is ready");
        assertThat(fx.engine.deltaService.calls).isEmpty();

        fx.setEngine(EngineState.READY);

        assertThat(fx.engine.deltaService.calls).containsExactly("count v=null sort=[] filter=null");
        assertThat(page.data().count().textProperty().get()).isEqualTo("250 rows");
    }

    @Test
    void timeTravelMakesEveryTabShowTheChosenVersion() {
        var page = fx.ordersPage(fx.catalog());
        fx.engine.reader.calls.clear();

        page.timeTravel().showVersion(0);

        assertThat(page.shownVersionProperty().get()).isZero();
        assertThat(page.timeTravel().bannerProperty().get()).isEqualTo("Showing version 0 of 2 — 2026-11-20 10:00");
        assertThat(page.data().rows()).containsExactly(List.of(1L, "order 1"), List.of(2L, "order 2"),
                List.of(3L, "order 3"));
        assertThat(page.data().count().textProperty().get()).isEqualTo("3 rows");
        assertThat(page.schema().fields()).extracting(SchemaField::name).containsExactly("id", "name");
        assertThat(page.details().facts()).contains(new Fact("Version", "0"), new Fact("Last modified", "2026-11-20 10:00:00"));
        assertThat(page.compare().columns()).containsExactly("id", "name");
        assertThat(page.history()).hasSize(3); // the history is the whole table's, whatever version shows
        assertThat(fx.engine.reader.calls).contains("firstRows@0/200", "schema@0", "detail@0");
        assertThat(fx.engine.deltaService.calls).contains("count v=0 sort=[] filter=null");

        page.timeTravel().backToLatest();

        assertThat(page.shownVersionProperty().get()).isNull();
        assertThat(page.timeTravel().bannerProperty().get()).isEmpty();
        assertThat(page.data().rows()).hasSize(200);
        assertThat(page.schema().fields()).hasSize(3);
    }

    @Test
    void theGridNeverHoldsRowsWiderThanItsColumnsWhileTheSchemaChanges() {
        var page = fx.ordersPage(fx.catalog());
        var data = page.data();
        List<String> violations = new java.util.ArrayList<>();
        data.rows().addListener((javafx.collections.ListChangeListener<List<Object>>) c -> data.rows().stream()
                .filter(r -> !data.columns().isEmpty() && r.size() != data.columns().size())
                .findFirst().ifPresent(r -> violations.add(r + " under " + data.columns())));

        page.timeTravel().showVersion(0);
        page.timeTravel().backToLatest();

        assertThat(violations).isEmpty();
        assertThat(data.columns()).hasSize(3);
    }

    @Test
    void aCommitMadeElsewhereShowsWhenTheCatalogIsReadAgain() {
        var vm = fx.catalog();
        var page = fx.ordersPage(vm);
        fx.engine.reader.calls.clear();

        vm.refresh(); // e.g. the SQL panel ran a SELECT: nothing new, so only the log's listing is read
        assertThat(fx.engine.reader.calls).isEmpty();

        fx.orders.commit("DELETE", CatalogFixture.V2_COLUMNS, CatalogFixture.rows(10, true));
        vm.refresh();

        assertThat(page.history()).extracting(TableVersion::version).containsExactly(3L, 2L, 1L, 0L);
        assertThat(page.data().rows()).hasSize(10);
        assertThat(page.compare().toVersionProperty().get()).isEqualTo(3L);
        assertThat(page.maintenance().restoreVersions()).containsExactly(2L, 1L, 0L);
    }

    @Test
    void choosingTheLatestVersionIsNotTimeTravel() {
        var page = fx.ordersPage(fx.catalog());
        page.timeTravel().showVersion(1);

        page.timeTravel().showVersion(2);

        assertThat(page.shownVersionProperty().get()).isNull();
        assertThat(page.timeTravel().bannerProperty().get()).isEmpty();
    }

    @Test
    void aDateAndTimeFindTheVersionCurrentThen() {
        var page = fx.ordersPage(fx.catalog());
        page.timeTravel().dateProperty().set(LocalDate.of(2026, 11, 20));
        page.timeTravel().timeProperty().set("11:30");

        page.timeTravel().showVersionAtChosenTime();

        assertThat(page.shownVersionProperty().get()).isEqualTo(1L);
        assertThat(fx.engine.reader.calls).contains("versionAt 2026-11-20T11:30:00Z");
        assertThat(page.timeTravel().bannerProperty().get()).isEqualTo("Showing version 1 of 2 — 2026-11-20 11:00");
    }

    @Test
    void aTimeBeforeTheFirstCommitOrNotATimeIsSaidInline() {
        var page = fx.ordersPage(fx.catalog());
        page.timeTravel().dateProperty().set(LocalDate.of(2026, 11, 19));

        page.timeTravel().showVersionAtChosenTime();
        assertThat(page.timeTravel().error().text()).startsWith("No version of /warehouse/silver.db/orders is as old as");

        page.timeTravel().timeProperty().set("half past ten");
        page.timeTravel().showVersionAtChosenTime();
        assertThat(page.timeTravel().error().text()).startsWith("Not a time of day: \"half past ten\"");
        assertThat(page.shownVersionProperty().get()).isNull();
    }

    @Test
    void anUnreadableVersionIsRefusedWithItsReason() {
        fx.orders.unreadable("data files removed by VACUUM", 0);
        var page = fx.ordersPage(fx.catalog());

        page.timeTravel().showVersion(0);

        assertThat(page.timeTravel().error().text())
                .isEqualTo("Version 0 of silver.orders cannot be read: data files removed by VACUUM");
        assertThat(page.shownVersionProperty().get()).isNull();
        assertThat(page.history().get(2).readable()).isFalse();
    }

    @Test
    void anUnreadableTableShowsItsOneLineMessageAndTheCatalogGoesOn() {
        fx.orders.breakWith("Table /warehouse/silver.db/orders needs Delta reader version 4; this reader supports 1–3.");
        var vm = fx.catalog();

        var page = fx.ordersPage(vm);

        String message = "Table /warehouse/silver.db/orders needs Delta reader version 4; this reader supports 1–3.";
        assertThat(page.error().text()).isEqualTo(message);
        assertThat(page.data().error().text()).isEqualTo(message);
        assertThat(page.historyError().text()).isEqualTo(message);
        assertThat(page.data().rows()).isEmpty();

        var customers = vm.schemas().get(2).visibleTables().get(0);
        vm.open(customers);
        var other = (TablePageViewModel) vm.pageProperty().get();
        assertThat(other.error().text()).isEmpty();
        assertThat(other.data().rows()).containsExactly(List.of(1));
    }

    @Test
    void openInSqlQueriesTheShownVersionByNameOrPath() {
        var vm = fx.catalog();
        var page = fx.ordersPage(vm);

        page.timeTravel().openInSql();
        page.timeTravel().showVersion(1);
        page.timeTravel().openInSql();
        vm.openTable(null, fx.orders.ref());
        ((TablePageViewModel) vm.pageProperty().get()).timeTravel().openInSql();

        assertThat(fx.sqlOpened).containsExactly("SELECT * FROM silver.orders",
                "SELECT * FROM silver.orders VERSION AS OF 1",
                "SELECT * FROM delta.`/warehouse/silver.db/orders`");
    }

    @Test
    void aTableOnStorageOpensByItsUriNamedByItsLastSegmentAndQueriesByPath() {
        var vm = fx.catalog();

        vm.openRemote("wasb://lakehouse@devstoreaccount1.localhost:10000/tables/houses/");
        var page = (TablePageViewModel) vm.pageProperty().get();
        page.timeTravel().openInSql();

        assertThat(page.title()).isEqualTo("houses");
        assertThat(page.ref().remote()).isEqualTo("wasb://lakehouse@devstoreaccount1.localhost:10000/tables/houses");
        assertThat(fx.sqlOpened).containsExactly(
                "SELECT * FROM delta.`wasb://lakehouse@devstoreaccount1.localhost:10000/tables/houses`");
    }

    @Test
    void aUriThatIsNotOnStorageIsRefusedInline() {
        var vm = fx.catalog();

        vm.openRemote("/tmp/houses");

        assertThat(vm.pageProperty().get()).isNull();
        assertThat(vm.error().text()).startsWith("Not a storage URI");
    }

    @Test
    void theSchemaTabMarksPartitionsGeneratedColumnsAndConstraints() {
        var fields = List.of(
                new SchemaField("id", "bigint", false, "the key", null, Map.of(), List.of()),
                new SchemaField("day", "date", true, null, "col-5f1", Map.of(), List.of()),
                new SchemaField("total", "double", true, null, null,
                        Map.of(SchemaTabViewModel.GENERATION, "price * qty"), List.of()),
                new SchemaField("n", "bigint", true, null, null,
                        Map.of(SchemaTabViewModel.IDENTITY_START, "1", SchemaTabViewModel.IDENTITY_STEP, "1"), List.of()));
        fx.orders.commit("CHANGE COLUMN", fields, List.of(),
                Map.of("delta.constraints.positive_id", "id > 0", "delta.appendOnly", "false")).partitionedBy("day");
        var page = fx.ordersPage(fx.catalog());

        var schema = page.schema();
        assertThat(schema.isPartitionColumn("day")).isTrue();
        assertThat(schema.isPartitionColumn("id")).isFalse();
        assertThat(SchemaTabViewModel.generatedAs(schema.fields().get(2))).isEqualTo("GENERATED ALWAYS AS (price * qty)");
        assertThat(SchemaTabViewModel.generatedAs(schema.fields().get(3))).isEqualTo("IDENTITY (start 1, step 1)");
        assertThat(schema.constraints()).containsExactly(new SchemaTabViewModel.Constraint("positive_id", "id > 0"));
        assertThat(page.details().facts()).contains(new Fact("Partitioned by", "day"), new Fact("Size", "0 bytes"));
        assertThat(page.details().properties()).extracting(Fact::label)
                .containsExactly("delta.appendOnly", "delta.constraints.positive_id");
    }
}
