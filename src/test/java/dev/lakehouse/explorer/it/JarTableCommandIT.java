package dev.lakehouse.explorer.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import dev.lakehouse.explorer.engine.workspace.WorkspaceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browse commands in a fresh process: a metastore name is looked up over JDBC in a JVM where Spark never
 * starts (Derby booted by the locator alone, shut down on exit), and no Spark context class is even loaded.
 */
class JarTableCommandIT {
    @TempDir
    Path tmp;

    @Test
    void tableHistoryByNameStartsNoSparkAndLeavesNoDerbyLock() throws Exception {
        Path ws = tmp.resolve("ws");
        var create = JarProcess.run(Map.of(), "--workspace", ws.toString(), "sql",
                "CREATE TABLE silver.orders USING delta AS SELECT id, CAST(id AS STRING) AS name FROM range(3)");
        assertThat(create.code()).as(create.err()).isZero();

        long start = System.nanoTime();
        var history = JarProcess.runWithJvmArgs(Map.of(), null, List.of("-verbose:class"),
                "--workspace", ws.toString(), "table", "history", "silver.orders", "--format", "json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(history.code()).as(history.err()).isZero();
        List<String> loaded = history.out().lines().filter(l -> l.contains("[class,load]")).toList();
        String json = history.out().lines().filter(l -> l.startsWith("[{")).findFirst().orElseThrow();
        JsonNode versions = new ObjectMapper().readTree(json);
        assertThat(versions.get(0).get("operation").asText()).isEqualTo("CREATE TABLE AS SELECT");
        assertThat(versions.get(0).get("readable").asBoolean()).isTrue();
        assertThat(loaded).noneMatch(l -> l.contains(" org.apache.spark.SparkContext ") || l.contains(" org.apache.spark.sql.delta."));
        assertThat(ws.resolve("metastore_db/db.lck")).doesNotExist();
        assertThat(millis).as("table history by name, from JVM start").isLessThan(10_000);
        System.out.println("table history by name: " + millis + " ms from process start");

        var missing = JarProcess.run(Map.of(), "--workspace", ws.toString(), "table", "show", "silver.orderz");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("lakehouse-explorer: No table silver.orderz in the metastore; tables in silver: orders\n");
    }

    @Test
    void aTableGivenByFolderIsBrowsedWhileTheWindowHoldsTheWorkspace() throws Exception {
        Path ws = tmp.resolve("busy");
        var create = JarProcess.run(Map.of(), "--workspace", ws.toString(), "sql",
                "CREATE TABLE silver.orders USING delta AS SELECT id FROM range(3)");
        assertThat(create.code()).as(create.err()).isZero();
        String folder = ws.resolve("warehouse/silver.db/orders").toString();

        // This JVM stands for the open window: it holds the workspace as the app does.
        try (var window = WorkspaceLock.acquire(Workspace.prepare(ws))) {
            var history = JarProcess.run(Map.of(), "--workspace", ws.toString(), "table", "history", folder, "--format", "json");
            assertThat(history.code()).as(history.err()).isZero();
            assertThat(new ObjectMapper().readTree(history.out()).get(0).get("version").asLong()).isZero();
            var show = JarProcess.run(Map.of(), "--workspace", ws.toString(), "table", "show", folder, "--format", "csv");
            assertThat(show.out().lines()).hasSize(4);

            var byName = JarProcess.run(Map.of(), "--workspace", ws.toString(), "table", "history", "silver.orders");
            assertThat(byName.code()).isEqualTo(1);
            assertThat(byName.err()).startsWith("lakehouse-explorer: Workspace ").contains("is in use by another Lakehouse Explorer");
        }
    }
}
