package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.ExportResult;
import dev.lakehouse.explorer.engine.sql.SqlService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkExportTest {
    private static SqlService sql;
    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        sql = SharedEngine.get().sql();
    }

    private static ExportResult export(String statement, Path target, String format) {
        return sql.export(statement, target, format, JobContext.silent("export"));
    }

    @Test
    void writesTheWholeResultAsOneCsvFileWithAHeaderInOrder() throws Exception {
        Path target = dir.resolve("numbers.csv");

        ExportResult r = export("SELECT id, id * 2 AS twice FROM range(0, 1000, 1, 4) ORDER BY id DESC", target, "CSV");

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(1001);
        assertThat(lines.subList(0, 3)).containsExactly("id,twice", "999,1998", "998,1996");
        assertThat(r.file()).isEqualTo(target);
        assertThat(r.format()).isEqualTo("csv");
        assertThat(r.bytes()).isEqualTo(Files.size(target));
        assertThat(Files.list(dir)).containsExactly(target); // no scratch folder left behind
    }

    @Test
    void nestedValuesBecomeJsonAndDuplicateNamesAreMadeUnique() throws Exception {
        Path target = dir.resolve("nested.csv");

        export("SELECT 1 AS id, named_struct('a', 1) AS s, array(1, 2) AS xs, 2 AS id", target, "csv");

        assertThat(Files.readAllLines(target)).containsExactly("id,s,xs,id_2", "1,\"{\"\"a\"\":1}\",\"[1,2]\",2");
    }

    @Test
    void anEmptyResultStillGivesAHeader() throws Exception {
        Path target = dir.resolve("empty.csv");

        export("SELECT id FROM range(10) WHERE id < 0", target, "csv");

        assertThat(Files.readString(target).strip()).isEqualTo("id");
    }

    @Test
    void writesParquetThatReadsBack() {
        Path target = dir.resolve("numbers.parquet");

        export("SELECT id FROM range(5)", target, "parquet");

        var rows = sql.execute("SELECT count(*) FROM parquet.`" + target.toUri() + "`", 10, JobContext.silent("read"))
                .firstPage().rows();
        assertThat(rows).containsExactly(List.of(5L));
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path target = dir.resolve("again.csv");
        Files.writeString(target, "old content");

        export("SELECT 1 AS one", target, "csv");

        assertThat(Files.readAllLines(target)).containsExactly("one", "1");
    }

    @Test
    void refusesStatementsThatChangeData() {
        sql.execute("CREATE OR REPLACE TABLE silver.export_guard (id INT) USING delta", 10, JobContext.silent("setup"));
        for (String changing : List.of("INSERT INTO silver.export_guard VALUES (1)",
                "DELETE FROM silver.export_guard WHERE id = 1", "DROP TABLE silver.export_guard",
                "CREATE TABLE silver.export_copy AS SELECT * FROM silver.export_guard",
                "WITH x AS (SELECT 1 AS id) INSERT INTO silver.export_guard SELECT id FROM x",
                "OPTIMIZE silver.export_guard")) {
            assertThatThrownBy(() -> export(changing, dir.resolve("x.csv"), "csv"))
                    .as(changing).isInstanceOf(InvalidRequestException.class)
                    .hasMessageStartingWith("Only the result of a query can be exported");
        }
        assertThat(sql.execute("SELECT count(*) FROM silver.export_guard", 10, JobContext.silent("check"))
                .firstPage().rows()).containsExactly(List.of(0L));
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void showAndDescribeCanBeExported() throws Exception {
        Path target = dir.resolve("schemas.csv");

        export("SHOW SCHEMAS", target, "csv");

        assertThat(Files.readAllLines(target)).contains("namespace", "bronze", "silver", "gold");
    }

    @Test
    void anUnknownFormatOrMissingFolderFailsBeforeRunning() {
        assertThatThrownBy(() -> export("SELECT 1", dir.resolve("x.xlsx"), "xlsx"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("csv, parquet");
        assertThatThrownBy(() -> export("SELECT 1", dir.resolve("no/such/x.csv"), "csv"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("folder does not exist");
    }
}
