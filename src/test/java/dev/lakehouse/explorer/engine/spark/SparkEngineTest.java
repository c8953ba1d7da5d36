package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.samples.LoadedTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SparkEngineTest {

    @Test
    void aNewWorkspaceIsReadyWithTheMedallionSchemas() {
        SparkEngine engine = SharedEngine.get();
        assertThat(engine.status().state()).isEqualTo(EngineState.READY);
        assertThat(engine.catalog().schemas()).extracting(SchemaSummary::name).contains("bronze", "silver", "gold", "default");
        assertThat(engine.info().sparkVersion()).isEqualTo(org.apache.spark.package$.MODULE$.SPARK_VERSION());
    }

    @Test
    void sampleLoadCreatesBronzeTablesAndIsRepeatable() {
        SparkEngine engine = SharedEngine.get();
        List<LoadedTable> first = engine.samples().load(JobContext.silent("samples"));
        List<LoadedTable> second = engine.samples().load(JobContext.silent("samples again"));
        assertThat(first).extracting(LoadedTable::table).containsExactly(
                "bronze.houses", "bronze.transactions", "bronze.orders_raw", "bronze.order_changes_raw");
        assertThat(second).isEqualTo(first); // reloading replaces, never duplicates
        assertThat(first).allMatch(t -> t.rows() > 0);
        List<TableSummary> bronze = engine.catalog().tables("bronze");
        assertThat(bronze).extracting(TableSummary::name).contains("houses", "transactions", "orders_raw", "order_changes_raw");
        assertThat(bronze).allMatch(t -> t.format().equals("delta") && t.kind().equals("MANAGED") && t.lastModified() != null);
        assertThat(engine.catalog().schemas()).filteredOn(s -> s.name().equals("bronze"))
                .singleElement().extracting(SchemaSummary::tableCount).isEqualTo(bronze.size());
        assertThat(engine.catalog().recentTables(3)).hasSize(3);
    }

    @Test
    void theRawOrdersFeedKeepsMalformedLines() {
        SparkEngine engine = SharedEngine.get();
        engine.samples().load(JobContext.silent("samples"));
        var r = engine.sql().execute("SELECT count(*) FROM bronze.orders_raw WHERE _corrupt_record IS NOT NULL", 10,
                JobContext.silent("corrupt"));
        assertThat((Long) r.firstPage().rows().get(0).get(0)).isPositive();
    }
}
