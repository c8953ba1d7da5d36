package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowChange;
import dev.lakehouse.explorer.engine.sql.Column;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompareViewModelTest {
    private static final List<Column> PRICES = List.of(new Column("id", "int"), new Column("price", "int"));
    private final CatalogFixture fx = new CatalogFixture();

    private TablePageViewModel pricesPage() {
        var prices = fx.engine.deltaTable("gold", "prices", PRICES, List.of(List.of(1, 10), List.of(2, 20), List.of(3, 30)))
                .commit("MERGE", PRICES, List.of(List.of(1, 12), List.of(2, 20), List.of(4, 40)));
        var vm = fx.catalog();
        vm.openTable("gold.prices", prices.ref());
        return (TablePageViewModel) vm.pageProperty().get();
    }

    @Test
    void offersTheTwoNewestReadableVersionsAndSuggestsAKeyWhenTheTabOpens() {
        fx.engine.deltaService.suggestedKey = List.of("id");
        var compare = fx.ordersPage(fx.catalog()).compare();

        assertThat(compare.versions()).containsExactly(2L, 1L, 0L);
        assertThat(compare.fromVersionProperty().get()).isEqualTo(1L);
        assertThat(compare.toVersionProperty().get()).isEqualTo(2L);
        assertThat(fx.engine.deltaService.calls).doesNotContain("suggestedKey");

        compare.activate();

        assertThat(compare.keyColumns()).containsExactly("id");
        assertThat(compare.keyHintProperty().get()).isEqualTo("Key suggested by the table's MERGE history");
    }

    @Test
    void theKeyIsSuggestedOnceTheEngineIsReadyAndNeverOverTheUsersChoice() {
        fx.engine.deltaService.suggestedKey = List.of("id");
        fx.setEngine(EngineState.STARTING);
        var vm = fx.catalog();
        vm.openTable("silver.orders", fx.orders.ref());
        var compare = ((TablePageViewModel) vm.pageProperty().get()).compare();
        compare.activate();
        compare.keyColumns().setAll("name");

        fx.setEngine(EngineState.READY);

        assertThat(fx.engine.deltaService.calls).contains("suggestedKey");
        assertThat(compare.keyColumns()).containsExactly("name");
    }

    @Test
    void aKeySuggestedBeforeTheSchemaIsReadIsTickedOnceTheColumnsArrive() {
        fx.engine.deltaService.suggestedKey = List.of("id");
        var compare = fx.ordersPage(fx.catalog()).compare();
        compare.columnsChanged(List.of()); // as before the schema is read

        compare.activate();
        assertThat(compare.keyColumns()).isEmpty();
        compare.columnsChanged(List.of("id", "name", "amount"));

        assertThat(compare.keyColumns()).containsExactly("id");
        assertThat(compare.keyHintProperty().get()).isEqualTo("Key suggested by the table's MERGE history");
        compare.keyColumns().clear();
        compare.columnsChanged(List.of("id", "name"));
        assertThat(compare.keyColumns()).isEmpty();
    }

    @Test
    void runShowsCountsSchemaChangesAndTheDifferingRowsWithChangedCellsMarked() {
        var compare = pricesPage().compare();
        compare.keyColumns().setAll("id");

        compare.run();

        assertThat(fx.engine.deltaService.calls).contains("diff 0→1 by [id]");
        assertThat(compare.summaryProperty().get()).isEqualTo("1 added · 1 removed · 1 changed — compared by set difference");
        assertThat(compare.schemaChanges()).isEmpty();
        assertThat(compare.diffColumns()).containsExactly("id", "price");
        assertThat(compare.diffRows()).extracting(RowChange::kind)
                .containsExactly(RowChange.Kind.CHANGED, RowChange.Kind.ADDED, RowChange.Kind.REMOVED);
        var changed = compare.diffRows().get(0);
        assertThat(CompareViewModel.cell(changed, "price")).isEqualTo(new CompareViewModel.DiffCell("10 → 12", true));
        assertThat(CompareViewModel.cell(changed, "id")).isEqualTo(new CompareViewModel.DiffCell("1", false));
        assertThat(CompareViewModel.cell(compare.diffRows().get(2), "price")).isEqualTo(new CompareViewModel.DiffCell("30", false));
        assertThat(compare.runningProperty().get()).isFalse();
    }

    @Test
    void schemaChangesAreListedAddedRemovedAndRetyped() {
        var compare = fx.ordersPage(fx.catalog()).compare();
        compare.fromVersionProperty().set(0L);
        compare.toVersionProperty().set(2L);

        compare.run();

        assertThat(compare.schemaChanges()).containsExactly("+ amount added");
        assertThat(compare.summaryProperty().get()).startsWith("250 added · 3 removed · changes need key columns");
    }

    @Test
    void twoEqualVersionsAreRefusedBeforeAnythingRuns() {
        var compare = fx.ordersPage(fx.catalog()).compare();
        compare.fromVersionProperty().set(1L);
        compare.toVersionProperty().set(1L);

        compare.run();

        assertThat(compare.error().text()).isEqualTo("Choose two different versions to compare.");
        assertThat(fx.engine.deltaService.calls).noneMatch(c -> c.startsWith("diff"));
    }

    @Test
    void toAtTheLatestVersionFollowsNewCommitsAndAnEarlierChoiceStays() {
        var vm = fx.catalog();
        var compare = fx.ordersPage(vm).compare();
        fx.orders.commit("DELETE", CatalogFixture.V2_COLUMNS, CatalogFixture.rows(10, true));

        vm.refresh();

        assertThat(compare.versions()).containsExactly(3L, 2L, 1L, 0L);
        assertThat(compare.toVersionProperty().get()).isEqualTo(3L);
        assertThat(compare.fromVersionProperty().get()).isEqualTo(1L);

        compare.toVersionProperty().set(2L);
        fx.orders.commit("DELETE", CatalogFixture.V2_COLUMNS, CatalogFixture.rows(5, true));
        vm.refresh();

        assertThat(compare.toVersionProperty().get()).isEqualTo(2L);
    }

    @Test
    void aResultIsShownOnlyWhileItsVersionsAndKeysAreTheChosenOnes() {
        var compare = pricesPage().compare();
        compare.keyColumns().setAll("id");
        compare.run();
        assertThat(compare.diffRows()).hasSize(3);

        compare.keyColumns().setAll("id"); // the same choice again: the result stays
        assertThat(compare.diffRows()).hasSize(3);
        compare.keyColumns().clear();

        assertThat(compare.diffRows()).isEmpty();
        assertThat(compare.summaryProperty().get()).isEmpty();
        compare.keyColumns().setAll("id");
        compare.run();
        compare.fromVersionProperty().set(1L);
        compare.toVersionProperty().set(0L);
        assertThat(compare.diffRows()).isEmpty();
        assertThat(compare.diffColumns()).isEmpty();
    }

    @Test
    void keysFollowTheColumnsOfTheShownVersion() {
        var page = fx.ordersPage(fx.catalog());
        page.compare().keyColumns().setAll("amount", "id");

        page.timeTravel().showVersion(0);

        assertThat(page.compare().columns()).containsExactly("id", "name");
        assertThat(page.compare().keyColumns()).containsExactly("id");
    }
}
