package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.kernel.KernelTableReader;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.ui.catalog.DetailsTabViewModel.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compute-free tabs on the real Delta Kernel reader, over a small table Spark wrote: five versions, a column
 * added at version 2 and a CHECK constraint at version 4. The engine is left STARTING on purpose: nothing here may
 * need Spark.
 */
class KernelTablePageTest {
    @TempDir
    static Path dir;
    private static Path folder;
    private final CatalogFixture fx = new CatalogFixture();

    @BeforeAll
    static void writeTable() {
        folder = dir.resolve("orders");
        var sql = SharedEngine.get().sql();
        String table = "delta.`" + folder + "`";
        for (String statement : List.of(
                "CREATE TABLE " + table + " (id BIGINT, name STRING) USING delta",
                "INSERT INTO " + table + " VALUES (1, 'one'), (2, 'two')",
                "ALTER TABLE " + table + " ADD COLUMNS (amount DOUBLE COMMENT 'in euros')",
                "INSERT INTO " + table + " VALUES (3, 'three', 9.5)",
                "ALTER TABLE " + table + " ADD CONSTRAINT id_positive CHECK (id > 0)")) {
            sql.execute(statement, 10, JobContext.silent("kernel page fixture"));
        }
    }

    private TablePageViewModel page() {
        fx.engine.tables = new KernelTableReader();
        fx.setEngine(EngineState.STARTING);
        var vm = fx.catalog();
        vm.openTable(null, TableRef.path(folder));
        return (TablePageViewModel) vm.pageProperty().get();
    }

    @Test
    void everyComputeFreeTabReadsTheLatestVersion() {
        var page = page();

        assertThat(page.error().text()).isEmpty();
        assertThat(page.history()).extracting(TableVersion::version).containsExactly(4L, 3L, 2L, 1L, 0L);
        assertThat(page.history()).extracting(TableVersion::operation)
                .containsExactly("ADD CONSTRAINT", "WRITE", "ADD COLUMNS", "WRITE", "CREATE TABLE");
        assertThat(page.history()).allMatch(TableVersion::readable);
        assertThat(page.data().rows()).containsExactlyInAnyOrder(
                java.util.Arrays.asList(1L, "one", null), java.util.Arrays.asList(2L, "two", null),
                List.of(3L, "three", 9.5));
        assertThat(page.data().statusProperty().get()).isEqualTo("3 rows shown in file order");
        assertThat(page.schema().fields()).extracting(SchemaField::name).containsExactly("id", "name", "amount");
        assertThat(page.schema().fields().get(2).comment()).isEqualTo("in euros");
        assertThat(page.schema().constraints()).containsExactly(new SchemaTabViewModel.Constraint("id_positive", "id > 0"));
        assertThat(page.details().facts()).contains(new Fact("Version", "4"), new Fact("Format", "delta"),
                new Fact("Location", folder.toString()));
        assertThat(page.data().count().textProperty().get()).isEqualTo("Row count follows when the engine is ready");
    }

    @Test
    void timeTravelShowsEachTabAsOfAnOlderVersion() {
        var page = page();

        page.timeTravel().showVersion(1);

        assertThat(page.timeTravel().bannerProperty().get()).startsWith("Showing version 1 of 4 — ");
        assertThat(page.data().rows()).containsExactlyInAnyOrder(List.of(1L, "one"), List.of(2L, "two"));
        assertThat(page.schema().fields()).extracting(SchemaField::name).containsExactly("id", "name");
        assertThat(page.schema().constraints()).isEmpty();
        assertThat(page.details().facts()).contains(new Fact("Version", "1"));

        page.timeTravel().showVersion(0);

        assertThat(page.data().rows()).isEmpty();
        assertThat(page.data().error().text()).isEmpty();
        assertThat(page.timeTravel().bannerProperty().get()).startsWith("Showing version 0 of 4");
    }

    @Test
    void aFolderThatIsNoDeltaTableSaysSoInOneLine() {
        fx.engine.tables = new KernelTableReader();
        var vm = fx.catalog();

        vm.openTable(null, TableRef.path(dir.resolve("nothing-here")));

        var page = (TablePageViewModel) vm.pageProperty().get();
        assertThat(page.error().text()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        assertThat(page.historyError().text()).isNotBlank();
    }
}
