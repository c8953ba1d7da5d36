package dev.lakehouse.explorer.engine.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakehouse.explorer.engine.delta.TableRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.lakehouse.explorer.engine.spark.DeltaFixture.delta;
import static dev.lakehouse.explorer.engine.spark.DeltaFixture.kernel;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kernel and Spark agree on every table, at every version: the tables built here (partitions with odd values,
 * column mapping by name and id, deletion vectors, schema evolution, change data feed, timestamp_ntz, decimals,
 * nested types, an empty table, classic and V2 checkpoints) and the readable tables of the conformance corpus.
 */
class KernelSparkAgreementTest {
    private static final Path CORPUS = Path.of("..", "shared", "conformance", "delta-golden");

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3, r -> {
        Thread thread = new Thread(r, "agreement-check");
        thread.setDaemon(true);
        return thread;
    });

    @TempDir
    static Path tmp;

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @TestFactory
    Stream<DynamicNode> onTablesBuiltHere() {
        return AgreementTables.scripts().entrySet().stream().map(e -> {
            TableRef t = DeltaFixture.table(tmp.resolve(e.getKey()), e.getValue());
            return checks(e.getKey(), t, Agreement.readableVersions(kernel(), t));
        });
    }

    @TestFactory
    Stream<DynamicNode> onTheConformanceCorpus() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS.resolve("EXPECTED.json")), "conformance corpus not found");
        Map<String, Long> before = listing(CORPUS);
        JsonNode expected = new ObjectMapper().readTree(CORPUS.resolve("EXPECTED.json").toFile());
        List<DynamicNode> tables = new ArrayList<>();
        for (JsonNode e : expected) {
            if (!e.get("readable").asBoolean()) {
                continue;
            }
            TableRef t = TableRef.path(CORPUS.resolve("tables").resolve(e.get("path").asText()));
            List<Long> versions = new ArrayList<>();
            e.get("versions").fields().forEachRemaining(v -> {
                if (v.getValue().isNumber()) {
                    versions.add(Long.parseLong(v.getKey()));
                }
            });
            tables.add(checks(e.get("name").asText(), t, versions));
        }
        // The corpus is shared and read-only: reading it with Spark must leave every file as it was.
        tables.add(DynamicTest.dynamicTest("the corpus is unchanged", () -> assertThat(listing(CORPUS)).isEqualTo(before)));
        return tables.stream();
    }

    /**
     * The checks start at once on a small pool and are reported in order: each costs about a second of Spark job
     * latency on tiny data, not CPU, so three at a time nearly triple the pace on two cores.
     */
    private static DynamicContainer checks(String name, TableRef t, List<Long> versions) {
        List<DynamicNode> checks = new ArrayList<>();
        checks.add(check("history", () -> Agreement.history(kernel(), delta(), t)));
        checks.add(DynamicTest.dynamicTest("has versions to compare", () -> assertThat(versions).isNotEmpty()));
        for (long v : versions) {
            checks.add(check("version " + v, () -> Agreement.atVersion(kernel(), delta(), t, v)));
        }
        return DynamicContainer.dynamicContainer(name, checks);
    }

    private static DynamicTest check(String name, Runnable comparison) {
        CompletableFuture<Void> running = CompletableFuture.runAsync(comparison, POOL);
        return DynamicTest.dynamicTest(name, () -> {
            try {
                running.get(5, TimeUnit.MINUTES);
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        });
    }

    private static Map<String, Long> listing(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, Long> m = new TreeMap<>();
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    m.put(root.relativize(f).toString(), Files.size(f) * 31 + Files.getLastModifiedTime(f).toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
