package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.ExportFormat;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.ExportResult;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.delta.TableQuery.SortKey;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.lakehouse.explorer.engine.spark.DeltaFixture.ctx;
import static dev.lakehouse.explorer.engine.spark.DeltaFixture.delta;
import static dev.lakehouse.explorer.engine.spark.DeltaFixture.kernel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages, counts, exports and history of the Spark-side Delta service. */
class SparkDeltaTableServiceTest {
    @TempDir
    static Path tmp;
    private static TableRef orders;

    @BeforeAll
    static void ordersTable() {
        // v0 create, v1 three rows, v2 two more, v3 delete id 2
        orders = DeltaFixture.table(tmp.resolve("orders"), """
                CREATE TABLE $t (id INT, country STRING, amount DECIMAL(10,2)) USING delta;
                INSERT INTO $t VALUES (1, 'NL', 10.00), (2, 'BE', 250.50), (3, 'NL', 99.99);
                INSERT INTO $t VALUES (4, 'DE', 120.00), (5, NULL, 5.00);
                DELETE FROM $t WHERE id = 2""");
    }

    private static List<List<Object>> all(TableQuery q, int pageSize) {
        return DeltaFixture.drain(delta().rows(orders, q, pageSize, ctx()));
    }

    @Test
    void timeTravelsByVersion() {
        assertThat(all(TableQuery.atVersion(1), 100)).hasSize(3);
        assertThat(all(TableQuery.atVersion(2), 100)).hasSize(5);
        assertThat(all(TableQuery.latest(), 100)).hasSize(4);
        assertThat(delta().count(orders, TableQuery.atVersion(0), ctx())).isZero();
    }

    @Test
    void timeTravelsByTimestampOnTheHistorysClock() {
        List<TableVersion> history = kernel().history(orders);
        Instant v1 = history.stream().filter(v -> v.version() == 1).findFirst().orElseThrow().timestamp();
        Instant v2 = history.stream().filter(v -> v.version() == 2).findFirst().orElseThrow().timestamp();
        // exactly the time the history shows for version 1 reads version 1 (Spark's file times would say version 0)
        assertThat(delta().count(orders, new TableQuery(null, v1, List.of(), null), ctx())).isEqualTo(3);
        assertThat(delta().count(orders, new TableQuery(null, v2.minusMillis(1), List.of(), null), ctx())).isEqualTo(3);
        assertThatThrownBy(() -> delta().count(orders, new TableQuery(null, Instant.parse("2001-01-01T00:00:00Z"), List.of(), null), ctx()))
                .isInstanceOf(TableReadException.class).hasMessageContaining("2001-01-01");
    }

    @Test
    void sortsAndFiltersInSparkAndPagesThroughTheSharedCursors() {
        TableQuery q = new TableQuery(null, null, List.of(new SortKey("country", true), new SortKey("amount", false)),
                "amount > 6");
        QueryResult first = delta().rows(orders, q, 2, ctx());
        assertThat(first.statement()).contains("WHERE amount > 6").contains("ORDER BY `country`, `amount` DESC");
        assertThat(first.firstPage().rows()).extracting(r -> r.get(0)).containsExactly(4, 3);
        assertThat(first.cursorId()).isNotNull();
        // the SQL service continues a table page: one cursor registry
        var second = SharedEngine.get().sql().nextPage(first.cursorId(), 2, ctx());
        assertThat(second.rows()).extracting(r -> r.get(0)).containsExactly(1);
        assertThat(second.hasMore()).isFalse();
        assertThat(delta().count(orders, new TableQuery(null, null, List.of(), "country = 'NL'"), ctx())).isEqualTo(2);
    }

    @Test
    void pagesOfASortWithManyTiesNeitherRepeatNorSkipRowsEvenWhenACommitLandsBetween() {
        TableRef ties = DeltaFixture.table(tmp.resolve("ties"), """
                CREATE TABLE $t (id BIGINT, grp INT, tags MAP<STRING, INT>) USING delta;
                INSERT INTO $t SELECT id, CAST(id % 3 AS INT), map('k', CAST(id AS INT)) FROM range(0, 500, 1, 7)""");
        TableQuery byGroup = new TableQuery(null, null, List.of(new SortKey("grp", false)), null);
        QueryResult first = delta().rows(ties, byGroup, 40, ctx());
        DeltaFixture.sql("INSERT INTO delta.`" + ties.location() + "` SELECT id, 9, NULL FROM range(1000, 1100)");

        List<List<Object>> rows = new java.util.ArrayList<>(first.firstPage().rows());
        for (var p = first.firstPage(); p.hasMore(); rows.addAll(p.rows())) {
            p = SharedEngine.get().sql().nextPage(first.cursorId(), 40, ctx());
        }

        assertThat(rows).hasSize(500);
        assertThat(rows).extracting(r -> r.get(0)).doesNotHaveDuplicates();
        assertThat(rows).extracting(r -> r.get(1)).isSortedAccordingTo((a, b) -> Integer.compare((int) b, (int) a));
    }

    @Test
    void aBadFilterIsOneLineNamingIt() {
        assertThatThrownBy(() -> delta().rows(orders, new TableQuery(null, null, List.of(), "amount >> 3"), 10, ctx()))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("Bad filter \"amount >> 3\": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> delta().count(orders, new TableQuery(null, null, List.of(), "amont > 3"), ctx()))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("Bad filter \"amont > 3\"").hasMessageContaining("amont")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> delta().count(orders, new TableQuery(null, null, List.of(new SortKey("nope", true)), null), ctx()))
                .isInstanceOf(QueryException.class).hasMessage("Cannot sort by nope: the table has no such column");
    }

    @Test
    void aVersionThatDoesNotExistNamesTheReadableOnes() {
        assertThatThrownBy(() -> delta().count(orders, TableQuery.atVersion(9), ctx()))
                .isInstanceOf(TableReadException.class)
                .hasMessage("Version 9 of " + orders + " does not exist; versions 0–3 can be read");
    }

    @Test
    void aVersionWhoseLogWasCleanedUpNamesTheReadableOnes() {
        Path corpus = Path.of("..", "shared", "conformance", "delta-golden", "tables", "log-cleaned-basic-with-inserts-deletes-checkpoint");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "conformance corpus not found");
        TableRef cleaned = TableRef.path(corpus); // read-only: the guard refuses before Spark reads anything
        assertThatThrownBy(() -> delta().count(cleaned, TableQuery.atVersion(3), ctx()))
                .isInstanceOf(TableReadException.class)
                .hasMessage("Version 3 of " + cleaned + " cannot be read: its log was cleaned up; versions 10–13 can be read");
        assertThat(delta().count(cleaned, TableQuery.atVersion(10), ctx())).isPositive();
    }

    @Test
    void exportsOneCsvFileWithAHeader(@TempDir Path out) throws Exception {
        Path target = out.resolve("orders.csv");
        ExportResult r = delta().export(orders, new TableQuery(null, null, List.of(new SortKey("id", true)), null),
                target, ExportFormat.CSV, ctx());
        assertThat(r.rows()).isEqualTo(4);
        assertThat(r.bytes()).isEqualTo(Files.size(target));
        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8))
                .containsExactly("id,country,amount", "1,NL,10.00", "3,NL,99.99", "4,DE,120.00", "5,,5.00");
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(target); // no scratch folder left behind
        }
    }

    @Test
    void exportsOneParquetFileAndNeverOverwrites(@TempDir Path out) throws Exception {
        Path target = out.resolve("v2.parquet");
        ExportResult r = delta().export(orders, TableQuery.atVersion(2), target, ExportFormat.PARQUET, ctx());
        assertThat(r.rows()).isEqualTo(5);
        assertThat(DeltaFixture.rows("SELECT count(*) FROM parquet.`" + target + "`")).containsExactly(List.of(5L));
        byte[] before = Files.readAllBytes(target);
        assertThatThrownBy(() -> delta().export(orders, TableQuery.latest(), target, ExportFormat.PARQUET, ctx()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Not exporting: " + target + " already exists; choose another name or delete it first");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThatThrownBy(() -> delta().export(orders, TableQuery.latest(), out.resolve("no/such/dir/x.csv"), ExportFormat.CSV, ctx()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("does not exist");
    }

    @Test
    void exportsNestedValuesToCsvAsJson(@TempDir Path tmp2) throws Exception {
        TableRef nested = DeltaFixture.table(tmp2.resolve("nested"), """
                CREATE TABLE $t (id INT, tags ARRAY<STRING>, address STRUCT<city: STRING, zip: STRING>) USING delta;
                INSERT INTO $t VALUES (1, array('a', 'b'), named_struct('city', 'Delft', 'zip', '2611'))""");
        Path target = tmp2.resolve("nested.csv");
        delta().export(nested, TableQuery.latest(), target, ExportFormat.CSV, ctx());
        assertThat(Files.readAllLines(target)).containsExactly("id,tags,address",
                "1,\"[\"\"a\"\",\"\"b\"\"]\",\"{\"\"city\"\":\"\"Delft\"\",\"\"zip\"\":\"\"2611\"\"}\"");
    }

    @Test
    void historyIsSparksOwnAndAgreesWithKernel() {
        List<TableVersion> spark = delta().history(orders, ctx());
        List<TableVersion> kernel = kernel().history(orders);
        assertThat(spark).extracting(TableVersion::version).containsExactly(3L, 2L, 1L, 0L);
        assertThat(spark).extracting(TableVersion::operation).containsExactly("DELETE", "WRITE", "WRITE", "CREATE TABLE");
        assertThat(spark).extracting(v -> v.version() + ":" + v.operation())
                .isEqualTo(kernel.stream().map(v -> v.version() + ":" + v.operation()).toList());
        assertThat(spark).allMatch(TableVersion::readable);
        assertThat(spark.get(1).operationMetrics()).containsEntry("numOutputRows", "2");
        assertThat(spark.get(1).operationParameters()).isEqualTo(kernel.get(1).operationParameters());
    }

    @Test
    void suggestsTheKeyOfTheLatestMerge(@TempDir Path tmp2) {
        TableRef t = DeltaFixture.table(tmp2.resolve("merged"), """
                CREATE TABLE $t (order_id INT, region STRING, qty INT) USING delta;
                INSERT INTO $t VALUES (1, 'eu', 1), (2, 'us', 2)""");
        assertThat(delta().suggestedKey(t, ctx())).isEmpty();
        DeltaFixture.sql("CREATE OR REPLACE TEMP VIEW upd AS SELECT 2 AS order_id, 'us' AS region, 5 AS qty;"
                + "MERGE INTO " + DeltaSql.table(t) + " tgt USING upd src ON tgt.order_id = src.order_id AND tgt.region = src.region"
                + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");
        assertThat(delta().suggestedKey(t, ctx())).containsExactly("order_id", "region");
    }

    @Test
    void aFolderThatIsNotADeltaTableIsNamed(@TempDir Path empty) {
        assertThatThrownBy(() -> delta().count(TableRef.path(empty), TableQuery.latest(), ctx()))
                .isInstanceOf(TableReadException.class)
                .hasMessage(empty + " is not a Delta table: no _delta_log folder");
    }
}
