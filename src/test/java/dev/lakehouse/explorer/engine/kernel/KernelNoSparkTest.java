package dev.lakehouse.explorer.engine.kernel;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kernel path loads no Spark or Scala class. Checked in a fresh JVM with {@code -verbose:class} (this test JVM
 * may hold Spark from other tests), on the test class path and without Spark's {@code --add-opens} flags.
 */
class KernelNoSparkTest {

    @Test
    void readingATableLoadsNoSparkOrScalaClass() throws IOException, InterruptedException {
        Path table = Corpus.table("dv-with-columnmapping").location();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var command = List.of(java.toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"),
                KernelProbe.class.getName(), table.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var lines = new ArrayList<String>();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(process.exitValue()).as(String.join("\n", tail(lines))).isZero();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("probe rows=35 "));
        List<String> loaded = lines.stream().filter(l -> l.contains("[class,load]")).toList();
        assertThat(loaded).anyMatch(l -> l.contains(" io.delta.kernel."));
        assertThat(loaded).noneMatch(l -> l.contains(" org.apache.spark.") || l.contains(" scala."));
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 30), lines.size());
    }
}
