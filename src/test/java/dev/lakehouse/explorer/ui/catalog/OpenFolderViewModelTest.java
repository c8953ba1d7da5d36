package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OpenFolderViewModelTest {
    private static final ResultPage OK = new ResultPage(List.of(), List.of(), false);
    private final CatalogFixture fx = new CatalogFixture();
    private final AtomicInteger changes = new AtomicInteger();

    @TempDir
    Path dir;

    private CatalogViewModel catalog() {
        var vm = fx.catalog();
        vm.setOnCatalogChanged(() -> {
            changes.incrementAndGet();
            vm.refresh();
        });
        return vm;
    }

    private Path deltaFolder(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("_delta_log")).getParent();
        fx.engine.reader.create(folder).commit("WRITE", List.of(new Column("id", "int")), List.of(List.of(42)));
        return folder;
    }

    @Test
    void aDeltaFolderWaitsForRegisterOrBrowse_browseOpensItByPath() throws IOException {
        Path folder = deltaFolder("events");
        var vm = catalog();

        vm.openFolder(folder);

        assertThat(vm.folders().deltaFolderProperty().get()).isEqualTo(folder);
        assertThat(vm.pageProperty().get()).isNull();

        vm.folders().browse();

        var page = (TablePageViewModel) vm.pageProperty().get();
        assertThat(page.title()).isEqualTo(folder.toString());
        assertThat(page.name()).isNull();
        assertThat(page.data().rows()).containsExactly(List.of(42));
        assertThat(vm.folders().deltaFolderProperty().get()).isNull();
        assertThat(changes).hasValue(0);
    }

    @Test
    void registeringCreatesAnExternalTableRefreshesTheCatalogAndOpensIt() throws IOException {
        Path folder = deltaFolder("events");
        fx.engine.sql.answer("CREATE TABLE `silver`\\.`events` USING delta LOCATION '(.*)'", m -> {
            fx.engine.lake.put("silver", "events", List.of(new Column("id", "int")), List.of());
            return OK;
        });
        var vm = catalog();
        vm.expand(vm.schemas().get(2));
        vm.openFolder(folder);

        vm.folders().register("silver", "events");

        assertThat(fx.engine.sql.executed).containsExactly(
                "CREATE TABLE `silver`.`events` USING delta LOCATION '" + folder + "'");
        assertThat(changes).hasValue(1);
        assertThat(vm.noticeProperty().get()).isEqualTo("Registered " + folder + " as silver.events.");
        assertThat(vm.schemas().get(2).visibleTables()).extracting(TableSummary::name).contains("events");
        var page = (TablePageViewModel) vm.pageProperty().get();
        assertThat(page.title()).isEqualTo("silver.events");
        assertThat(page.refProperty().get().location()).isEqualTo(folder);
    }

    @Test
    void aNameThatIsNotAPlainIdentifierIsRefusedBeforeAnySql() throws IOException {
        var vm = catalog();
        vm.openFolder(deltaFolder("events"));

        vm.folders().register("silver", "my events; DROP TABLE x");

        assertThat(vm.error().text()).startsWith("A schema or table name is letters, digits and _");
        assertThat(fx.engine.sql.executed).isEmpty();
        assertThat(vm.folders().deltaFolderProperty().get()).isNotNull(); // the user can try another name
    }

    @Test
    void aParquetFolderOpensReadOnlyAndConvertsInPlaceAfterConfirmation() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("sales"));
        Files.writeString(folder.resolve("part-0.parquet"), "");
        Files.writeString(folder.resolve("_SUCCESS"), "");
        fx.engine.sql.answer("SELECT \\* FROM parquet\\.`" + Pattern.quote(folder.toString()) + "` LIMIT 200",
                m -> new ResultPage(List.of(new Column("id", "int")), List.of(List.of(1), List.of(2)), false));
        fx.engine.sql.answer("CONVERT TO DELTA parquet\\.`.*`", m -> OK);
        var vm = catalog();

        vm.openFolder(folder);

        var page = (DatasetPageViewModel) vm.pageProperty().get();
        assertThat(page.rows()).hasSize(2);
        assertThat(page.kindText()).isEqualTo("Parquet files, read-only");
        assertThat(page.conversion()).isEqualTo(DatasetPageViewModel.Conversion.IN_PLACE_FOLDER);

        page.confirmConvert(null, null); // not asked yet: nothing happens
        assertThat(fx.engine.sql.executed).noneMatch(s -> s.startsWith("CONVERT"));
        page.askConvert();
        assertThat(page.convertQuestion()).startsWith("Convert " + folder + " to Delta in place?");
        page.confirmConvert(null, null);

        assertThat(fx.engine.sql.executed).contains("CONVERT TO DELTA parquet.`" + folder + "`");
        assertThat(vm.folders().deltaFolderProperty().get()).isEqualTo(folder); // now: register or browse?
        assertThat(changes).hasValue(1);
    }

    @Test
    void csvFilesAreReadWithTheirHeaderAndCopiedIntoANewDeltaTable() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("feed"));
        Files.writeString(folder.resolve("a.csv"), "id\n1\n");
        fx.engine.sql.answer("CREATE OR REPLACE TEMPORARY VIEW (lx_csv_\\w+) USING csv OPTIONS \\(path '.*', header 'true', inferSchema 'true'\\)",
                m -> OK);
        fx.engine.sql.answer("SELECT \\* FROM lx_csv_\\w+ LIMIT 200",
                m -> new ResultPage(List.of(new Column("id", "int")), List.of(List.of(1)), false));
        fx.engine.sql.answer("CREATE TABLE `bronze`\\.`feed` USING delta AS SELECT \\* FROM lx_csv_\\w+", m -> {
            fx.engine.deltaTable("bronze", "feed", List.of(new Column("id", "int")), List.of(List.of(1)));
            return OK;
        });
        var vm = catalog();
        vm.openFolder(folder);
        var page = (DatasetPageViewModel) vm.pageProperty().get();
        assertThat(page.rows()).containsExactly(List.of(1));
        assertThat(page.conversion()).isEqualTo(DatasetPageViewModel.Conversion.COPY);

        page.askConvert();
        page.confirmConvert("bronze", "feed");

        assertThat(fx.engine.sql.executed).anyMatch(s -> s.startsWith("CREATE TABLE `bronze`.`feed` USING delta AS"));
        assertThat(changes).hasValue(1);
        var table = (TablePageViewModel) vm.pageProperty().get();
        assertThat(table.title()).isEqualTo("bronze.feed");
        assertThat(table.data().rows()).containsExactly(List.of(1));
    }

    @Test
    void aFolderWithNothingReadableSaysSo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("readme.txt"), "hello");
        var vm = catalog();

        vm.openFolder(folder);

        assertThat(vm.error().text()).isEqualTo(folder + " holds no Delta table and no Parquet, CSV or JSON files.");
        assertThat(vm.pageProperty().get()).isNull();
    }
}
