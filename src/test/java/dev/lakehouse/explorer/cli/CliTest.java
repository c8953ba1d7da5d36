package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line through its real entry point, on the shared test engine. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Outcome(int code, String out, String err) {
    }

    static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                opts -> SharedEngine.unclosable(), opts -> { throw new AssertionError("no GUI in tests"); });
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sqlAsJsonIsTheJsonAloneWithColumnsAndRows() throws IOException {
        Outcome o = cli("sql", "SELECT id, CAST(id AS STRING) AS label FROM range(3) ORDER BY id", "--format", "json");
        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        JsonNode root = JSON.readTree(o.out());
        assertThat(root.get("columns").get(0).get("name").asText()).isEqualTo("id");
        assertThat(root.get("columns").get(0).get("type").asText()).isEqualTo("bigint");
        assertThat(root.get("rows")).hasSize(3);
        assertThat(root.get("rows").get(2).get(1).asText()).isEqualTo("2");
    }

    @Test
    void sqlAsCsvAndTable() {
        assertThat(cli("sql", "SELECT 'a,b' AS x, 1 AS y", "--format", "csv").out()).isEqualTo("x,y\r\n\"a,b\",1\r\n");
        Outcome table = cli("sql", "SELECT 'abc' AS name, 7 AS n");
        assertThat(table.out()).isEqualTo("name | n\n-----+--\nabc  | 7\n(1 row)\n");
    }

    @Test
    void aScriptPrintsTheLastResultAndStopsAtTheFirstFailure(@TempDir Path tmp) throws IOException {
        Path ok = Files.writeString(tmp.resolve("ok.sql"),
                "CREATE OR REPLACE TABLE silver.cli_script (id INT) USING delta;\nINSERT INTO silver.cli_script VALUES (7);\nSELECT * FROM silver.cli_script;");
        Outcome good = cli("sql", "--file", ok.toString(), "--format", "json");
        assertThat(good.code()).isZero();
        assertThat(good.out()).contains("\"rows\":[[7]]");

        Path bad = Files.writeString(tmp.resolve("bad.sql"),
                "INSERT INTO silver.cli_script VALUES (8);\nSELEC oops;\nINSERT INTO silver.cli_script VALUES (9);");
        Outcome failed = cli("sql", "--file", bad.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err().lines()).hasSize(1);
        assertThat(failed.err()).startsWith("lakehouse-explorer: Statement 2 of 3 failed (SELEC oops): Syntax error");
        assertThat(cli("sql", "SELECT id FROM silver.cli_script ORDER BY id", "--format", "csv").out()).isEqualTo("id\r\n7\r\n8\r\n");
    }

    @Test
    void userErrorsAreOneLineWithExitCodeOne() {
        Outcome missing = cli("sql", "SELECT * FROM gold.nope");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines()).hasSize(1);
        assertThat(missing.err()).contains("gold").contains("nope").doesNotContain("at org.");
        Outcome noFile = cli("sql", "--file", "/no/such/script.sql");
        assertThat(noFile.err()).isEqualTo("lakehouse-explorer: Cannot read script /no/such/script.sql: no such file.\n");
    }

    @Test
    void badUsageIsExitCodeTwo() {
        Outcome unknown = cli("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("lakehouse-explorer: Unknown command 'frobnicate'");
        assertThat(cli("sql", "SELECT 1", "--format", "xml").code()).isEqualTo(2);
    }

    @Test
    void tablesAsJsonListsTheSampleTables() throws IOException {
        assertThat(cli("sample", "load").code()).isZero();
        Outcome o = cli("tables", "--format", "json");
        assertThat(o.code()).isZero();
        JsonNode tables = JSON.readTree(o.out());
        assertThat(tables.findValuesAsText("name")).contains("houses", "transactions", "orders_raw");
        Outcome show = cli("sql", "SHOW TABLES IN bronze", "--format", "json");
        assertThat(show.out()).contains("\"houses\"").contains("\"transactions\"");
    }

    @Test
    void versionNamesTheStack() {
        Outcome o = cli("version");
        assertThat(o.out()).contains("Lakehouse Explorer").contains("Apache Spark 3.5").contains("Delta Lake 3.3");
    }

    @Test
    void sampleGenerateIsDeterministic(@TempDir Path tmp) throws IOException {
        assertThat(cli("sample", "generate", "--rows", "50", "--seed", "7", "--out", tmp.resolve("a").toString()).code()).isZero();
        assertThat(cli("sample", "generate", "--rows", "50", "--seed", "7", "--out", tmp.resolve("b").toString()).code()).isZero();
        assertThat(Files.readString(tmp.resolve("a/houses/houses.csv"))).isEqualTo(Files.readString(tmp.resolve("b/houses/houses.csv")));
        Outcome bad = cli("sample", "generate", "--rows", "0", "--out", tmp.resolve("c").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().lines()).hasSize(1);
    }
}
