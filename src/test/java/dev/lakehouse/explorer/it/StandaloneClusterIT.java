package dev.lakehouse.explorer.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** --master spark://… runs the same jar against a real standalone cluster, with Delta on the executors. */
class StandaloneClusterIT {
    @TempDir
    Path tmp;

    @Test
    void aDeltaWriteAndAQueryRunOnTheCluster() throws Exception {
        try (StandaloneCluster cluster = new StandaloneCluster(tmp)) {
            String ws = tmp.resolve("ws").toString();
            var write = JarProcess.run(Map.of("SPARK_LOCAL_IP", "127.0.0.1"), "--workspace", ws, "--master", cluster.url(), "sql",
                    "CREATE TABLE silver.cluster_check USING delta AS SELECT id, id * 2 AS doubled FROM range(0, 1000, 1, 4)");
            assertThat(write.code()).as(write.err()).isZero();

            var read = JarProcess.run(Map.of("SPARK_LOCAL_IP", "127.0.0.1"), "--workspace", ws, "--master", cluster.url(), "sql",
                    "SELECT count(*) AS n, sum(doubled) AS total FROM silver.cluster_check", "--format", "json");
            assertThat(read.code()).as(read.err()).isZero();
            assertThat(read.out()).contains("\"rows\":[[1000,999000]]");

            try (Stream<Path> apps = Files.list(cluster.workDir)) {
                assertThat(apps.map(p -> p.getFileName().toString())).as("executors ran on the worker")
                        .filteredOn(n -> n.startsWith("app-")).hasSize(2);
            }
        }
    }
}
