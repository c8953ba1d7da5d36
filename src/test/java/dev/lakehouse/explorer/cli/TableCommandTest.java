package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.MasterUrl;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.engine.spark.SparkEngine;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import dev.lakehouse.explorer.testing.TestConnectivity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.lakehouse.explorer.cli.CliTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code table} commands through the real entry point: JSON shapes, exit codes, and no Spark for browsing. */
class TableCommandTest {
    @Test
    void aTableGivenByFolderIsReadWithoutOpeningTheWorkspace() {
        String folder = SharedEngine.get().locator().resolve(T).toString();
        EngineOpener workspaceInUse = new EngineOpener() {
            @Override
            public dev.lakehouse.explorer.engine.Engine open(GlobalOptions options) {
                throw new dev.lakehouse.explorer.engine.WorkspaceException("Workspace ws is in use by another Lakehouse Explorer");
            }

            @Override
            public dev.lakehouse.explorer.engine.delta.TableReader folderReader() {
                return new dev.lakehouse.explorer.engine.kernel.KernelTableReader();
            }
        };
        for (String command : List.of("history", "show", "schema", "detail")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(new String[] {"table", command, folder}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), workspaceInUse, opts -> Cli.USAGE);
            assertThat(code).as(command + ": " + err).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int byName = Cli.run(new String[] {"table", "history", T}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), workspaceInUse, opts -> Cli.USAGE);
        assertThat(byName).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is in use by another Lakehouse Explorer");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String T = "silver.cli_orders";

    @BeforeAll
    static void table() {
        // v0 create, v1 three rows, v2 update, v3 insert
        CliTest.Outcome o = cli("sql", "--file", write("""
                CREATE OR REPLACE TABLE silver.cli_orders (id INT, name STRING, qty INT) USING delta;
                INSERT INTO silver.cli_orders VALUES (1, 'ann', 1), (2, 'bob', 2), (3, 'cy', 3);
                UPDATE silver.cli_orders SET qty = 20 WHERE id = 2;
                INSERT INTO silver.cli_orders VALUES (4, 'dee', 4)"""));
        assertThat(o.code()).as(o.err()).isZero();
    }

    private static JsonNode json(String... args) throws IOException {
        CliTest.Outcome o = cli(args);
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err()).isEmpty();
        return JSON.readTree(o.out());
    }

    @Test
    void showPrintsRowsAtAnyVersion() throws IOException {
        JsonNode latest = json("table", "show", T, "--format", "json");
        assertThat(latest.get("columns").findValuesAsText("name")).containsExactly("id", "name", "qty");
        assertThat(latest.get("rows")).hasSize(4);
        assertThat(json("table", "show", T, "--version", "1", "--format", "json").get("rows")).hasSize(3);
        assertThat(json("table", "show", T, "--limit", "2", "--format", "json").get("rows")).hasSize(2);
        String v1At = json("table", "history", T, "--format", "json").get(2).get("timestamp").asText();
        assertThat(json("table", "show", T, "--timestamp", v1At, "--format", "json").get("rows")).hasSize(3);
        assertThat(cli("table", "show", T, "--version", "1", "--timestamp", v1At).code()).isEqualTo(1);
        assertThat(cli("table", "show", T).out()).contains("id | name | qty").contains("(4 rows)");
    }

    @Test
    void schemaAndDetailAsJson() throws IOException {
        JsonNode schema = json("table", "schema", T, "--format", "json");
        assertThat(schema.get("version").asLong()).isEqualTo(3);
        assertThat(schema.get("fields").findValuesAsText("name")).containsExactly("id", "name", "qty");
        assertThat(schema.get("fields").get(0).get("type").asText()).isEqualTo("int");
        assertThat(schema.get("fields").get(0).has("nullable")).isTrue();
        JsonNode detail = json("table", "detail", T, "--format", "json");
        assertThat(detail.get("location").asText()).endsWith("silver.db/cli_orders");
        assertThat(detail.get("latestVersion").asLong()).isEqualTo(3);
        assertThat(detail.get("numFiles").asLong()).isPositive();
        assertThat(detail.get("sizeInBytes").asLong()).isPositive();
        assertThat(detail.get("partitionColumns").isArray()).isTrue();
        assertThat(detail.get("minReaderVersion").asInt()).isEqualTo(1);
        assertThat(detail.get("minWriterVersion").asInt()).isEqualTo(2);
        assertThat(detail.get("tableFeatures").isArray()).isTrue();
    }

    @Test
    void historyIsAJsonArrayNewestFirst() throws IOException {
        JsonNode h = json("table", "history", T, "--format", "json");
        assertThat(h.isArray()).isTrue();
        assertThat(h.findValues("version")).extracting(JsonNode::asLong).containsExactly(3L, 2L, 1L, 0L);
        JsonNode update = h.get(1);
        assertThat(update.get("operation").asText()).isEqualTo("UPDATE");
        assertThat(update.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(update.get("operationParameters").has("predicate")).isTrue();
        assertThat(update.get("operationMetrics").get("numUpdatedRows").asText()).isEqualTo("1");
        assertThat(update.get("readable").isBoolean()).isTrue();
        assertThat(update.has("userName")).isTrue();
        assertThat(update.get("engineInfo").asText()).contains("Delta-Lake/3.3");
        assertThat(update.has("notReadableReason")).isTrue();
    }

    @Test
    void diffAsJsonWithKeyAndRows() throws IOException {
        JsonNode d = json("table", "diff", T, "--from", "1", "--to", "3", "--key", "id", "--rows", "--format", "json");
        assertThat(d.get("schema").get("added").isArray()).isTrue();
        assertThat(d.get("schema").get("removed")).isEmpty();
        assertThat(d.get("schema").get("changed")).isEmpty();
        assertThat(d.get("rows").get("added").asLong()).isEqualTo(1);
        assertThat(d.get("rows").get("removed").asLong()).isZero();
        assertThat(d.get("rows").get("changed").asLong()).isEqualTo(1);
        assertThat(d.get("method").asText()).isEqualTo("set difference");
        assertThat(d.get("key").get(0).asText()).isEqualTo("id");
        JsonNode changed = d.get("changes").get(0);
        assertThat(changed.get("kind").asText()).isEqualTo("changed");
        assertThat(changed.get("before").get("qty").asInt()).isEqualTo(2);
        assertThat(changed.get("after").get("qty").asInt()).isEqualTo(20);
        assertThat(changed.get("changedColumns").get(0).asText()).isEqualTo("qty");
        assertThat(d.get("changes").get(1).get("before").isNull()).isTrue();

        JsonNode noKey = json("table", "diff", T, "--from", "1", "--to", "3", "--format", "json");
        assertThat(noKey.get("rows").get("added").asLong()).isEqualTo(2);
        assertThat(noKey.has("changes")).isFalse();
        assertThat(cli("table", "diff", T, "--from", "1", "--to", "3", "--key", "id").out())
                .contains("rows: 1 added, 0 removed, 1 changed");
    }

    @Test
    void maintenanceCommandsAsJson(@TempDir Path tmp) throws IOException {
        String path = tmp.resolve("maint").toString();
        assertThat(cli("sql", "--file", write("CREATE TABLE delta.`" + path + "` (id INT) USING delta;"
                + "INSERT INTO delta.`" + path + "` VALUES (1); INSERT INTO delta.`" + path + "` VALUES (2)")).code()).isZero();
        JsonNode optimized = json("table", "optimize", path, "--zorder", "id", "--format", "json");
        assertThat(optimized.get("operation").asText()).isEqualTo("OPTIMIZE");
        assertThat(optimized.get("newVersion").asLong()).isEqualTo(3);
        assertThat(optimized.get("metrics").get("numRemovedFiles").asText()).isEqualTo("2");
        JsonNode restored = json("table", "restore", path, "--version", "1", "--format", "json");
        assertThat(restored.get("operation").asText()).isEqualTo("RESTORE");
        assertThat(restored.get("newVersion").asLong()).isEqualTo(4);
        JsonNode plan = json("table", "vacuum", path, "--dry-run", "--format", "json");
        assertThat(plan.get("dryRun").asBoolean()).isTrue();
        assertThat(plan.get("retainHours").asDouble()).isEqualTo(168.0);
        assertThat(plan.get("files")).isEmpty();
        assertThat(plan.get("bytes").asLong()).isZero();
        assertThat(plan.get("versionsNoLongerReadable")).isEmpty();
        CliTest.Outcome unsafe = cli("table", "vacuum", path, "--retain-hours", "1");
        assertThat(unsafe.code()).isEqualTo(1);
        assertThat(unsafe.err()).startsWith("lakehouse-explorer: VACUUM refused: retaining 1 h").hasLineCount(1);
    }

    @Test
    void errorsAreOneLineWithTheRightExitCodes(@TempDir Path notATable) {
        CliTest.Outcome missing = cli("table", "history", "silver.cli_orderz");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("lakehouse-explorer: No table silver.cli_orderz in the metastore; tables in silver: ")
                .contains("cli_orders").hasLineCount(1);
        CliTest.Outcome folder = cli("table", "show", notATable.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).isEqualTo("lakehouse-explorer: " + notATable + " is not a Delta table: no _delta_log folder\n");
        assertThat(cli("table", "diff", notATable.toString(), "--from", "0", "--to", "1").err())
                .isEqualTo("lakehouse-explorer: " + notATable + " is not a Delta table: no _delta_log folder\n");
        assertThat(cli("table", "history").code()).isEqualTo(2);
        assertThat(cli("table", "diff", T, "--to", "1").code()).isEqualTo(2);
        assertThat(cli("table", "show", T, "--version", "x").code()).isEqualTo(2);
        CliTest.Outcome gone = cli("table", "show", T, "--version", "9");
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err()).contains("Version 9").contains("does not exist").hasLineCount(1);
    }

    /** Browsing commands open the engine without starting Spark: a fresh engine never leaves STOPPED. */
    @Test
    void browsingStartsNoSpark(@TempDir Path ws) throws IOException {
        String table = SharedEngine.get().locator().resolve(T).toString();
        Workspace prepared = Workspace.prepare(ws);
        SecretRedactor redactor = new SecretRedactor();
        SparkEngine fresh = new SparkEngine(prepared, MasterUrl.parse("local[1]"), redactor, null,
                TestConnectivity.create(prepared, redactor));
        List<EngineState> states = new CopyOnWriteArrayList<>();
        fresh.onStatusChange(s -> states.add(s.state()));
        for (String[] args : List.of(new String[] {"table", "history", table, "--format", "json"},
                new String[] {"table", "show", table, "--format", "json"}, new String[] {"table", "schema", table},
                new String[] {"table", "detail", table}, new String[] {"table", "history", "silver.cli_orders"})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    opts -> unclosable(fresh), opts -> Cli.USAGE);
            assertThat(fresh.status().state()).as(String.join(" ", args)).isEqualTo(EngineState.STOPPED);
            if (args.length > 3) {
                assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();
            }
        }
        fresh.close();
        assertThat(states).containsOnly(EngineState.STOPPED, EngineState.STOPPING);
    }

    private static dev.lakehouse.explorer.engine.Engine unclosable(SparkEngine engine) {
        return (dev.lakehouse.explorer.engine.Engine) java.lang.reflect.Proxy.newProxyInstance(
                dev.lakehouse.explorer.engine.Engine.class.getClassLoader(), new Class<?>[] {dev.lakehouse.explorer.engine.Engine.class},
                (proxy, method, a) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(engine, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String write(String script) {
        try {
            Path f = java.nio.file.Files.createTempFile("table-cli", ".sql");
            java.nio.file.Files.writeString(f, script);
            f.toFile().deleteOnExit();
            return f.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
