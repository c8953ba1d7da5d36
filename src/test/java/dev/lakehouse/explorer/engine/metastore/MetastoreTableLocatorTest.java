package dev.lakehouse.explorer.engine.metastore;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.delta.TableLocator;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names and paths to table folders, read from the Derby metastore over JDBC while Spark runs in the same JVM (a
 * second connection to the database Spark's metastore client opened). Without Spark: see the CLI and jar tests.
 */
class MetastoreTableLocatorTest {
    @TempDir
    static Path tmp;
    private static TableLocator locator;
    private static Path warehouse;

    @BeforeAll
    static void tables() {
        var engine = SharedEngine.get();
        locator = engine.locator();
        warehouse = engine.info().workspace().resolve("warehouse");
        engine.sql().executeScript("""
                CREATE OR REPLACE TABLE silver.loc_orders (id INT) USING delta;
                CREATE OR REPLACE TABLE silver.loc_external (id INT) USING delta LOCATION '%s';
                CREATE OR REPLACE VIEW silver.loc_view AS SELECT 1 AS one;
                CREATE TABLE IF NOT EXISTS silver.loc_parquet (id INT) USING parquet;
                CREATE SCHEMA IF NOT EXISTS loc_empty""".formatted(tmp.resolve("ext table")), 10, JobContext.silent("setup"));
        org.apache.spark.sql.SparkSession.active().range(3).write().format("delta").mode("overwrite").saveAsTable("silver.loc_saved");
    }

    @Test
    void resolvesManagedTablesCreatedWithSqlOrSaveAsTable() {
        assertThat(locator.resolve("silver.loc_orders")).isEqualTo(TableRef.path(warehouse.resolve("silver.db/loc_orders")));
        assertThat(locator.resolve("SILVER.Loc_Orders")).isEqualTo(locator.resolve("silver.loc_orders"));
        assertThat(locator.resolve("spark_catalog.silver.`loc_orders`")).isEqualTo(locator.resolve("silver.loc_orders"));
        assertThat(locator.resolve("silver.loc_saved")).isEqualTo(TableRef.path(warehouse.resolve("silver.db/loc_saved")));
    }

    @Test
    void resolvesExternalTablesToTheirLocationNotHivesPlaceholder() {
        assertThat(locator.resolve("silver.loc_external")).isEqualTo(TableRef.path(tmp.resolve("ext table")));
    }

    @Test
    void resolvesFolderPathsDirectly() throws Exception {
        Path table = tmp.resolve("ext table");
        assertThat(locator.resolve(table.toString())).isEqualTo(TableRef.path(table));
        assertThat(locator.resolve(table.toUri().toString())).isEqualTo(TableRef.path(table));
        Path relative = Path.of("").toAbsolutePath().relativize(table);
        assertThat(locator.resolve(relative.toString())).isEqualTo(TableRef.path(table));
        // a folder path that is not a table still resolves: the reader says what is wrong with it
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertThat(locator.resolve(plain.toString())).isEqualTo(TableRef.path(plain));
    }

    @Test
    void aMissingNameListsWhatExists() {
        assertThatThrownBy(() -> locator.resolve("silver.loc_orderz"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("No table silver.loc_orderz in the metastore; tables in silver: ")
                .hasMessageContaining("loc_orders, loc_parquet, loc_saved, loc_view");
        assertThatThrownBy(() -> locator.resolve("silvr.orders")).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("No schema silvr in the metastore; schemas: ")
                .hasMessageContainingAll("bronze", "default", "gold", "silver"); // other tests add schemas to the shared metastore
        assertThatThrownBy(() -> locator.resolve("loc_empty.t")).hasMessage("No table loc_empty.t in the metastore; loc_empty has no tables");
        assertThatThrownBy(() -> locator.resolve("a.b.c")).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Not a table name or folder: a.b.c");
        assertThatThrownBy(() -> locator.resolve(" ")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void viewsAndOtherFormatsAreNotDeltaTables() {
        assertThatThrownBy(() -> locator.resolve("silver.loc_view")).hasMessage("silver.loc_view is a view, not a Delta table");
        assertThatThrownBy(() -> locator.resolve("silver.loc_parquet")).hasMessage("silver.loc_parquet is a parquet table, not a Delta table");
    }

    @Test
    void aWorkspaceWithoutAMetastoreHasNoTables(@TempDir Path ws) {
        TableLocator fresh = new MetastoreTableLocator(Workspace.prepare(ws));
        assertThatThrownBy(() -> fresh.resolve("silver.orders"))
                .hasMessage("No table silver.orders in the metastore: the workspace has no tables yet");
        assertThat(ws.resolve("metastore_db")).doesNotExist(); // looking up never creates a database
    }

    @Test
    void tellsNamesFromPaths() {
        assertThat(MetastoreTableLocator.looksLikePath("silver.orders")).isFalse();
        assertThat(MetastoreTableLocator.looksLikePath("orders")).isFalse();
        assertThat(MetastoreTableLocator.looksLikePath("./orders")).isTrue();
        assertThat(MetastoreTableLocator.looksLikePath("data/orders")).isTrue();
        assertThat(MetastoreTableLocator.looksLikePath("file:/data/orders")).isTrue();
        assertThat(MetastoreTableLocator.looksLikePath("C:\\\\data")).isTrue();
    }
}
