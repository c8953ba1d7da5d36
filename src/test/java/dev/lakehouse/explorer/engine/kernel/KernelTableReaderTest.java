package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.TableReadException;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Values, names, schemas, details and refusals of the Kernel reader, on corpus tables. */
class KernelTableReaderTest {
    private static final KernelTableReader READER = new KernelTableReader();

    @TempDir
    Path dir;

    @Test
    void valuesArePlainJavaOfTheTypesResultPagePromises() {
        ResultPage page = READER.firstRows(Corpus.table("parquet-all-types"), null, 3);
        Map<String, Object> row = byName(page, 1); // row 0 is all nulls
        assertThat(row.get("ByteType")).isEqualTo((byte) 1);
        assertThat(row.get("ShortType")).isEqualTo((short) 1);
        assertThat(row.get("IntegerType")).isEqualTo(1);
        assertThat(row.get("LongType")).isEqualTo(2L);
        assertThat(row.get("FloatType")).isEqualTo(0.234f);
        assertThat(row.get("DoubleType")).isEqualTo(234234.23);
        assertThat(row.get("decimal")).isEqualTo(new BigDecimal("123.52"));
        assertThat(row.get("BooleanType")).isEqualTo(false);
        assertThat(row.get("StringType")).isEqualTo("1");
        assertThat(row.get("BinaryType")).isEqualTo(new byte[] {'1'});
        assertThat(row.get("DateType")).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(row.get("TimestampType")).isEqualTo(Instant.parse("1970-01-01T06:30:23.523Z"));
        assertThat(row.get("TimestampNTZType")).isEqualTo(LocalDateTime.parse("1970-01-03T17:03:54.000200"));
        assertThat(row.get("nested_struct")).isInstanceOf(LinkedHashMap.class)
                .isEqualTo(Map.of("aa", "1", "ac", Map.of("aca", 1)));
        assertThat(page.rows().get(0)).containsOnlyNulls();
    }

    @Test
    void nestedArraysMapsAndStructsUseLogicalNamesUnderColumnMapping() {
        TableRef t = Corpus.table("table-with-columnmapping-mode-name");
        Map<String, Object> row = byName(READER.firstRows(t, null, 1), 0);
        assertThat(row.get("nested_struct")).isEqualTo(Map.of("aa", "0", "ac", Map.of("aca", 0)));
        assertThat(row.get("array_of_arrays")).isEqualTo(List.of(List.of(0, 1), List.of(2, 3)));
        assertThat(row.get("array_of_structs")).isEqualTo(List.of(Map.of("ab", 0), Map.of("ab", 0)));
        assertThat(row.get("struct_of_arrays_maps_of_structs"))
                .isEqualTo(Map.of("aa", List.of(0, 1), "ab", Map.of(List.of(0, 1), Map.of("aca", 2))));
        assertThat(row.get("map_of_prims")).isEqualTo(Map.of(0, 1L, 2, 3L));
        assertThat(((Map<?, ?>) row.get("map_of_arrays")).get(0L)).isEqualTo(Arrays.asList(0, null, 1));

        SchemaField nested = READER.schema(t, null).fields().stream()
                .filter(f -> f.name().equals("nested_struct")).findFirst().orElseThrow();
        assertThat(nested.physicalName()).startsWith("col-");
        assertThat(nested.metadata()).containsEntry("delta.columnMapping.id", "13");
        assertThat(nested.children()).extracting(SchemaField::name).containsExactly("aa", "ac");
        assertThat(nested.children().get(1).children()).extracting(SchemaField::name).containsExactly("aca");
    }

    @Test
    void partitionValuesComeTypedAndNamed() {
        ResultPage page = READER.firstRows(Corpus.table("data-reader-partition-values"), null, 10);
        assertThat(page.rows()).hasSize(3);
        Map<String, Object> row = byName(page, 0);
        assertThat(row).contains(entry("as_int", 0), entry("as_long", 0L), entry("as_byte", (byte) 0),
                entry("as_short", (short) 0), entry("as_boolean", true), entry("as_float", 0f), entry("as_double", 0d),
                entry("as_string", "0"), entry("as_date", LocalDate.of(2021, 9, 8)),
                entry("as_timestamp", Instant.parse("2021-09-08T11:11:11Z")), entry("as_big_decimal", new BigDecimal("0")));
        assertThat(row.get("as_list_of_records")).isEqualTo(List.of(Map.of("val", 0), Map.of("val", 0), Map.of("val", 0)));
        assertThat(page.rows()).anySatisfy(r -> assertThat(r.subList(0, 12)).containsOnlyNulls());
    }

    @Test
    void timestampsWithAndWithoutZone() {
        assertThat(byName(READER.firstRows(Corpus.table("kernel-timestamp-INT96"), null, 1), 0).get("time"))
                .isEqualTo(Instant.parse("2020-02-01T08:09:10Z"));
        ResultPage ntz = READER.firstRows(Corpus.table("data-reader-timestamp_ntz"), null, 9);
        assertThat(ntz.columns()).extracting(Column::type).containsExactly("int", "timestamp_ntz", "timestamp_ntz");
        assertThat(ntz.rows()).extracting(r -> r.get(1)).contains(LocalDateTime.parse("2021-11-18T02:30:00.123456"));
    }

    @Test
    void deletionVectorsHideDeletedRows() {
        TableRef t = Corpus.table("dv-partitioned-with-checkpoint");
        ResultPage latest = READER.firstRows(t, null, 100);
        assertThat(latest.rows()).hasSize(35);
        assertThat(latest.hasMore()).isFalse();
        assertThat(READER.firstRows(t, 0L, 100).rows()).hasSize(50);
    }

    @Test
    void firstRowsStopsAtTheLimitAndSaysMoreFollow() {
        TableRef t = Corpus.table("parquet-decimal-type");
        ResultPage page = READER.firstRows(t, null, 200);
        assertThat(page.rows()).hasSize(200);
        assertThat(page.hasMore()).isTrue();
        assertThat(READER.firstRows(t, null, 0)).satisfies(p -> {
            assertThat(p.rows()).isEmpty();
            assertThat(p.columns()).hasSize(4);
        });
        assertThatThrownBy(() -> READER.firstRows(t, null, -1)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void schemaAndDetailFollowTheVersion() {
        TableRef schemaChanges = Corpus.table("time-travel-schema-changes-b");
        assertThat(READER.schema(schemaChanges, 0L).simpleString()).isEqualTo("struct<id:bigint>");
        assertThat(READER.schema(schemaChanges, 1L).simpleString()).isEqualTo("struct<id:bigint,part:bigint>");

        TableRef dv = Corpus.table("dv-with-columnmapping");
        TableDetail detail = READER.detail(dv, 3L);
        assertThat(detail.version()).isEqualTo(3);
        assertThat(detail.format()).isEqualTo("delta");
        assertThat(detail.location()).isEqualTo(dv.location().toString());
        assertThat(detail.numFiles()).isPositive();
        assertThat(detail.sizeInBytes()).isGreaterThan(detail.numFiles());
        assertThat(detail.properties()).containsEntry("delta.columnMapping.mode", "name");
        assertThat(detail.id()).isNotBlank();
        assertThat(detail.lastModified()).isEqualTo(READER.history(dv).stream()
                .filter(v -> v.version() == 3).findFirst().orElseThrow().timestamp());
    }

    @Test
    void schemaChildrenReachStructsInsideArraysAndMaps() {
        TableSchema schema = READER.schema(Corpus.table("parquet-all-types"), null);
        assertThat(field(schema, "array_of_structs").children()).extracting(SchemaField::name).containsExactly("ab");
        assertThat(field(schema, "map_of_rows").children()).extracting(SchemaField::name).containsExactly("ab");
        assertThat(field(schema, "map_of_prims").children()).isEmpty();
        assertThat(field(schema, "decimal").type()).isEqualTo("decimal(10,2)");
        assertThat(field(schema, "decimal").nullable()).isTrue();
    }

    @Test
    void aTableCanBeGivenAsRelativePathOrFileUri() {
        TableRef absolute = Corpus.table("basic-decimal-table");
        Path relative = Path.of("").toAbsolutePath().relativize(absolute.location());
        assertThat(TableRef.path(relative)).isEqualTo(absolute);
        assertThat(TableRef.parse(relative.toString())).isEqualTo(absolute);
        assertThat(TableRef.parse(absolute.location().toUri().toString())).isEqualTo(absolute);
        assertThat(READER.rowCount(TableRef.parse(absolute.location().toUri().toString()), null)).isEqualTo(4);
    }

    @Test
    void folderNamesWithSpacesPercentAndPlusWork() {
        TableRef t = Corpus.copy("data-reader-escaped-chars", dir.resolve("a table %41+b"));
        assertThat(READER.rowCount(t, null)).isEqualTo(3);
        assertThat(READER.firstRows(t, 0L, 10).rows()).containsExactly(List.of("foo1", "bar+%21"));
        assertThat(READER.history(t)).allSatisfy(v -> assertThat(v.readable()).isTrue());
    }

    @Test
    void foldersThatAreNotDeltaTablesAreRefusedClearly() throws IOException {
        assertThatThrownBy(() -> READER.schema(TableRef.path(dir.resolve("nowhere")), null))
                .isInstanceOf(TableReadException.class).hasMessageEndingWith("nowhere does not exist");
        assertThatThrownBy(() -> READER.history(TableRef.path(dir)))
                .isInstanceOf(TableReadException.class).hasMessage(dir + " is not a Delta table: no _delta_log folder");
        Files.createDirectories(dir.resolve("_delta_log"));
        assertThatThrownBy(() -> READER.latestVersion(TableRef.path(dir))).isInstanceOf(TableReadException.class)
                .hasMessage(dir + " is not a Delta table: its _delta_log folder holds no commits");
    }

    @Test
    void aDataFileDeletedByHandIsNamed() throws IOException {
        TableRef t = Corpus.copy("snapshot-vacuumed", dir.resolve("t"));
        String file = "part-00001-0b5675f1-d9b2-4240-914f-250ae37e8fa4-c000.snappy.parquet";
        Files.delete(t.location().resolve(file));
        assertThatThrownBy(() -> READER.rowCount(t, null)).isInstanceOf(TableReadException.class)
                .hasMessage(t + " cannot be read: a file it needs is missing (" + file + ")");
    }

    private static SchemaField field(TableSchema schema, String name) {
        return schema.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Object> byName(ResultPage page, int row) {
        var values = new LinkedHashMap<String, Object>();
        IntStream.range(0, page.columns().size())
                .forEach(i -> values.put(page.columns().get(i).name(), page.rows().get(row).get(i)));
        return values;
    }

    @Test
    void aTableMadeAgainInTheSameFolderIsReadAfresh() throws IOException {
        Path folder = dir.resolve("remade");
        TableRef first = Corpus.copy("parquet-all-types", folder);
        var before = READER.schema(first, null).fields().stream().map(SchemaField::name).toList();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        TableRef again = Corpus.copy("data-reader-partition-values", folder);

        var after = READER.schema(again, null).fields().stream().map(SchemaField::name).toList();
        assertThat(after).isNotEqualTo(before).contains("as_int");
        assertThat(READER.firstRows(again, null, 1).columns()).extracting(Column::name).isEqualTo(after);
    }

    @Test
    void theTabsOfOnePageAskingAtOnceShareOneSnapshotAndAllAnswer() throws Exception {
        TableRef t = Corpus.table("data-reader-partition-values");
        var reader = new KernelTableReader();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var schema = pool.submit(() -> reader.schema(t, null));
            var detail = pool.submit(() -> reader.detail(t, null));
            var rows = pool.submit(() -> reader.firstRows(t, null, 5));
            var history = pool.submit(() -> reader.history(t));
            assertThat(schema.get().fields()).isNotEmpty();
            assertThat(detail.get().numFiles()).isPositive();
            assertThat(rows.get().rows()).isNotEmpty();
            assertThat(history.get()).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
