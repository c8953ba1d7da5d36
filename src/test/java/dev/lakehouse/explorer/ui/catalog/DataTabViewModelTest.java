package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.delta.DeltaTableService.ExportFormat;
import dev.lakehouse.explorer.engine.delta.TableQuery.SortKey;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataTabViewModelTest {
    private final CatalogFixture fx = new CatalogFixture();

    @TempDir
    Path dir;

    @Test
    void moreRowsInFileOrderComeFromTheReaderWithoutSpark() {
        var data = fx.ordersPage(fx.catalog()).data();

        data.loadMore();

        assertThat(data.rows()).hasSize(250);
        assertThat(data.rows().get(200)).isEqualTo(List.of(201L, "order 201", 301.5));
        assertThat(data.hasMoreProperty().get()).isFalse();
        assertThat(data.sparkQueryProperty().get()).isFalse();
        assertThat(fx.engine.reader.calls).contains("firstRows@null/400");
        assertThat(fx.engine.deltaService.calls).noneMatch(c -> c.startsWith("rows"));
    }

    @Test
    void sortingByAColumnHeaderRunsTheQueryInSparkAndPagesThroughItsCursor() {
        var data = fx.ordersPage(fx.catalog()).data();

        data.sortBy(List.of(new SortKey("id", false)));

        assertThat(data.sparkQueryProperty().get()).isTrue();
        assertThat(data.rows()).hasSize(200);
        assertThat(data.rows().get(0).get(0)).isEqualTo(250L);
        assertThat(data.statusProperty().get()).isEqualTo("200 rows shown · more available");
        assertThat(fx.engine.deltaService.calls).contains("rows v=null sort=[id↓] filter=null");

        data.loadMore();

        assertThat(data.rows()).hasSize(250);
        assertThat(data.rows().get(249).get(0)).isEqualTo(1L);
        assertThat(data.hasMoreProperty().get()).isFalse();
        assertThat(fx.engine.sql.openCursors()).isZero();
    }

    @Test
    void aFilterIsAppliedInSparkAndTheCountFollowsIt() {
        var data = fx.ordersPage(fx.catalog()).data();
        data.filterProperty().set("id > 240");
        assertThat(data.rows()).hasSize(200); // typing alone changes nothing

        data.applyFilter();

        assertThat(data.rows()).hasSize(10);
        assertThat(data.count().textProperty().get()).isEqualTo("10 rows match the filter");
        assertThat(fx.engine.deltaService.calls).contains("rows v=null sort=[] filter=id > 240");

        data.clearFilter();
        assertThat(data.sparkQueryProperty().get()).isFalse();
        assertThat(data.rows()).hasSize(200);
        assertThat(data.count().textProperty().get()).isEqualTo("250 rows");
    }

    @Test
    void aBadFilterIsShownInlineInSparksWords() {
        var data = fx.ordersPage(fx.catalog()).data();
        data.filterProperty().set("id bigger than 3");

        data.applyFilter();

        assertThat(data.error().text()).contains("PARSE_SYNTAX_ERROR");
        assertThat(data.rows()).isEmpty();
        assertThat(data.loadingProperty().get()).isFalse();
    }

    @Test
    void sortingAnotherWayClosesTheCursorOfTheLastQuery() {
        var data = fx.ordersPage(fx.catalog()).data();
        data.sortBy(List.of(new SortKey("id", false)));
        assertThat(fx.engine.sql.openCursors()).isOne();

        data.sortBy(List.of(new SortKey("name", true)));

        assertThat(fx.engine.sql.openCursors()).isOne();
        assertThat(fx.engine.sql.closed).hasSize(1);
        assertThat(data.rows().get(0).get(1)).isEqualTo("order 1");
    }

    @Test
    void theCountRunsInTheBackgroundAndCanBeCancelled() {
        var runner = new QueuedTaskRunner();
        var vm = fx.catalog(runner);
        runner.runAll();
        vm.openTable("silver.orders", fx.orders.ref());
        var data = ((TablePageViewModel) vm.pageProperty().get()).data();

        assertThat(data.count().textProperty().get()).isEqualTo("counting…");
        assertThat(data.count().countingProperty().get()).isTrue();

        data.count().cancel();

        assertThat(data.count().textProperty().get()).isEqualTo("Count cancelled");
        assertThat(data.count().countingProperty().get()).isFalse();
        runner.runAll();
        assertThat(data.count().textProperty().get()).isEqualTo("Count cancelled");
        assertThat(data.rows()).hasSize(200);
    }

    @Test
    void withoutTheDeltaServiceTheFirstPagesStillShowAndTheCountSaysWhyNot() {
        fx.engine.delta = null;
        var data = fx.ordersPage(fx.catalog()).data();

        assertThat(data.rows()).hasSize(200);
        assertThat(data.count().textProperty().get()).startsWith("Rows not counted: Sorting, filtering, counting");

        data.sortBy(List.of(new SortKey("id", true)));
        assertThat(data.error().text()).contains("Delta service, not available yet");
    }

    @Test
    void exportWritesTheShownQueryToANewFile() throws Exception {
        var data = fx.ordersPage(fx.catalog()).data();
        data.filterProperty().set("id <= 2");
        data.applyFilter();
        Path target = dir.resolve("orders.csv");

        data.export().export(target, ExportFormat.CSV);

        assertThat(Files.readString(target)).isEqualTo("1,order 1,1.5\n2,order 2,3.0");
        assertThat(data.export().noticeProperty().get()).startsWith("Exported 2 rows to " + target);
        assertThat(fx.engine.deltaService.calls).contains("export CSV v=null sort=[] filter=id <= 2");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target); // no partial file left behind
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterConfirmation() throws Exception {
        var data = fx.ordersPage(fx.catalog()).data();
        Path target = dir.resolve("orders.parquet");
        Files.writeString(target, "old");

        data.export().export(target, ExportFormat.PARQUET);

        assertThat(data.export().overwritePendingProperty().get()).isEqualTo(target);
        assertThat(fx.engine.deltaService.calls).noneMatch(c -> c.startsWith("export"));
        data.export().cancelOverwrite();
        assertThat(Files.readString(target)).isEqualTo("old");

        data.export().export(target, ExportFormat.PARQUET);
        data.export().confirmOverwrite();

        assertThat(Files.readString(target)).startsWith("1,order 1");
        assertThat(data.export().overwritePendingProperty().get()).isNull();
    }
}
