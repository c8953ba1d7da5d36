package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample pipeline through the real entry point, on a copy of the shipped orders feed: the report's counts are
 * checked against counts taken from the input files in plain Java, a re-run adds nothing, and a new daily file is
 * the only thing the next run ingests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path spec;
    private static Path landing;

    record Outcome(int code, String out, String err) {
    }

    static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), opts -> SharedEngine.unclosable(),
                opts -> { throw new AssertionError("no GUI in tests"); });
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The sample spec with its own pipeline name and schemas, so no other test's tables are touched. */
    @BeforeAll
    static void copyTheSample() throws IOException {
        landing = dir.resolve("landing");
        copyFolder(Path.of("sample-data", "orders"), landing.resolve("orders"));
        copyFolder(Path.of("sample-data", "orders_changes"), landing.resolve("orders_changes"));
        String yaml;
        try (InputStream in = PipelineCliTest.class.getResourceAsStream("/pipelines/orders.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        yaml = yaml.replace("pipeline: orders", "pipeline: cli_orders")
                .replace("bronze.", "cli_bronze.").replace("silver.", "cli_silver.").replace("gold.", "cli_gold.");
        spec = dir.resolve("orders.yaml");
        Files.writeString(spec, yaml);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    @Order(1)
    void theFirstRunsCountsMatchTheInputFiles() throws IOException {
        Outcome run = cli("pipeline", "run", spec.toString(), "--param", "landing=" + landing, "--format", "json");
        assertThat(run.code()).as(run.err() + run.out()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");

        List<String> lines = dataLines(landing.resolve("orders"));
        JsonNode bronze = step(report, "bronze_orders");
        assertThat(bronze.get("filesIngested").asLong()).isEqualTo(5);
        assertThat(bronze.get("rowsRead").asLong()).isEqualTo(lines.size()).isEqualTo(3_105);
        assertThat(bronze.get("rowsWritten").asLong()).isEqualTo(lines.size());

        JsonNode silver = step(report, "silver_orders");
        assertThat(silver.get("rowsRead").asLong()).isEqualTo(lines.size());
        assertAddsUp(silver);
        String header = "order_id,order_ts,customer_id,customer_email,country,product_sku,quantity,unit_price,currency,status";
        long malformed = lines.stream().filter(l -> l.equals(header) || fields(l) != 10).count();
        assertThat(silver.get("rowsDropped").asLong()).isEqualTo(malformed).isEqualTo(30);
        // every order of the feed ends in silver or in quarantine, once
        Set<String> ids = new HashSet<>();
        lines.stream().filter(l -> !l.equals(header)).map(l -> l.split("[,;]", 2)[0].strip().toUpperCase())
                .filter(id -> id.matches("ORD-\\d{6}")).forEach(ids::add);
        assertThat(ids).hasSize(3_000);
        long inSilver = count("cli_silver.orders");
        long quarantinedOrders = countDistinct("cli_silver.orders_quarantine", "UPPER(TRIM(order_id))",
                "UPPER(TRIM(order_id)) NOT IN (SELECT order_id FROM cli_silver.orders)");
        assertThat(inSilver + quarantinedOrders).as("silver %d + quarantined only %d; report %s", inSilver,
                quarantinedOrders, silver).isEqualTo(ids.size());
        assertThat(silver.get("rowsInserted").asLong()).isEqualTo(inSilver);

        List<String> changes = Files.readAllLines(landing.resolve("orders_changes").resolve("order_changes_2026-11-06.jsonl"))
                .stream().filter(l -> !l.isBlank()).toList();
        JsonNode changeStep = step(report, "silver_order_changes");
        assertThat(changeStep.get("rowsRead").asLong()).isEqualTo(changes.size()).isEqualTo(150);
        long distinctChanged = changes.stream().map(l -> l.replaceAll(".*\"order_id\":\"([^\"]+)\".*", "$1")).distinct().count();
        assertThat(changeStep.get("rowsDuplicates").asLong()).isEqualTo(changes.size() - distinctChanged);
        assertThat(changeStep.get("rowsInserted").asLong()).isZero();
        assertAddsUp(changeStep);
        assertThat(step(report, "gold_daily_revenue").get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    @Order(2)
    void aSecondRunOnTheSameFilesAddsNothing() throws IOException {
        long before = count("cli_bronze.orders");
        Outcome run = cli("pipeline", "run", spec.toString(), "--param", "landing=" + landing, "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(step(report, "bronze_orders").get("filesIngested").asLong()).isZero();
        assertThat(step(report, "silver_orders").get("rowsRead").asLong()).isZero();
        assertThat(count("cli_bronze.orders")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aNewDailyFileIsTheOnlyOneIngested() throws IOException {
        String header = "order_id,order_ts,customer_id,customer_email,country,product_sku,quantity,unit_price,currency,status";
        Files.writeString(landing.resolve("orders").resolve("orders_2026-11-07.csv"), header + "\n"
                + "ORD-109001,2026-11-07 09:00:00,CUST-00001,a@example.com,NL,KIT-1001,2,12.50,EUR,paid\n"
                + "ORD-109002,2026-11-07 09:05:00,CUST-00002,b@example.com,DE,TEA-2001,1,6.50,EUR,paid\n");
        long silverBefore = count("cli_silver.orders");
        Outcome run = cli("pipeline", "run", spec.toString(), "--param", "landing=" + landing, "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        JsonNode bronze = step(report, "bronze_orders");
        assertThat(bronze.get("filesIngested").asLong()).isEqualTo(1);
        assertThat(bronze.get("rowsRead").asLong()).isEqualTo(2);
        JsonNode silver = step(report, "silver_orders");
        assertThat(silver.get("rowsRead").asLong()).isEqualTo(2);
        assertThat(silver.get("rowsInserted").asLong()).isEqualTo(2);
        assertThat(count("cli_silver.orders")).isEqualTo(silverBefore + 2);

        Outcome runs = cli("pipeline", "runs", "--pipeline", "cli_orders", "--format", "json");
        JsonNode list = JSON.readTree(runs.out());
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("runId").asText()).isEqualTo(report.get("runId").asText());
        Outcome show = cli("pipeline", "show", report.get("runId").asText(), "--format", "json");
        assertThat(JSON.readTree(show.out()).get("steps")).hasSize(report.get("steps").size());
    }

    @Test
    @Order(4)
    void badInputGetsOneLinePerProblemAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                pipeline: bad_cli
                steps:
                  - name: a
                    from: b
                    target: cli_bad.a
                  - name: b
                    from: a
                    colour: blue
                    target: cli_bad.b
                """);
        Outcome v = cli("pipeline", "validate", bad.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.err()).contains(bad + ":8: step b: ").contains("colour");
        assertThat(v.err().lines()).allMatch(l -> l.startsWith(bad + ":"));
        Outcome r = cli("pipeline", "run", bad.toString(), "--param", "x=1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("'x'");
        assertThat(cli("sql", "SHOW TABLES IN cli_bad").code()).isNotZero(); // the schema was never created
    }

    private static void assertAddsUp(JsonNode s) {
        assertThat(s.get("rowsRead").asLong()).as(s.toString()).isEqualTo(s.get("rowsWritten").asLong()
                + s.get("rowsDropped").asLong() + s.get("rowsQuarantined").asLong() + s.get("rowsDuplicates").asLong());
    }

    /** Fields of a CSV line, quotes respected: what a well-formed line of the feed has ten of. */
    private static int fields(String line) {
        int n = 1;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static JsonNode step(JsonNode report, String name) {
        for (JsonNode s : report.get("steps")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no step " + name + " in " + report);
    }

    private static JsonNode expectation(JsonNode step, String name) {
        for (JsonNode e : step.get("expectations")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no expectation " + name + " in " + step);
    }

    private static List<String> dataLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
                all.subList(1, all.size()).stream().filter(l -> !l.isEmpty()).forEach(lines::add);
            }
        }
        return lines;
    }

    private static long count(String table) throws IOException {
        return scalar("SELECT COUNT(*) AS n FROM " + table);
    }

    private static long countDistinct(String table, String expr, String where) throws IOException {
        return scalar("SELECT COUNT(DISTINCT " + expr + ") AS n FROM " + table + " WHERE " + where);
    }

    private static long scalar(String sql) throws IOException {
        Outcome o = cli("sql", sql, "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        return JSON.readTree(o.out()).get("rows").get(0).get(0).asLong();
    }
}
