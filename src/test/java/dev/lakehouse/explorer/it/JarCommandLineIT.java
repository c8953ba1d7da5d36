package dev.lakehouse.explorer.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar in fresh processes: restart persistence, clean shutdown, and the errors a user meets first. */
class JarCommandLineIT {
    @TempDir
    Path tmp;

    @Test
    void sampleTablesSurviveARestartAndShutdownLeavesNoDerbyLock() throws Exception {
        Path ws = tmp.resolve("ws");
        var load = JarProcess.run(Map.of(), "--workspace", ws.toString(), "sample", "load");
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).contains("bronze.houses").contains("bronze.transactions");
        assertThat(load.err()).isEmpty();
        assertThat(ws.resolve("metastore_db/db.lck")).doesNotExist();

        var show = JarProcess.run(Map.of("LAKEHOUSE_WORKSPACE", ws.toString()), "sql", "SHOW TABLES IN bronze", "--format", "json");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).startsWith("{\"columns\":").contains("\"houses\"").contains("\"orders_raw\"");
        assertThat(show.err()).isEmpty();
    }

    @Test
    void errorsAreOneLineWithoutStackTraces() throws Exception {
        Path ws = tmp.resolve("ws2");
        var syntax = JarProcess.run(Map.of(), "--workspace", ws.toString(), "sql", "SELEC 1");
        assertThat(syntax.code()).isEqualTo(1);
        assertThat(syntax.err().lines()).hasSize(1);
        assertThat(syntax.err()).startsWith("lakehouse-explorer: Syntax error").doesNotContain("\tat ");

        var unknown = JarProcess.run(Map.of(), "--workspace", ws.toString(), "frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1);

        var badMaster = JarProcess.run(Map.of(), "--workspace", ws.toString(), "--master", "mesos://x", "tables");
        assertThat(badMaster.code()).isEqualTo(1);
        assertThat(badMaster.err()).startsWith("lakehouse-explorer: Invalid --master 'mesos://x'");
    }

    @Test
    void withoutADisplayTheGuiPointsToTheCommands() throws Exception {
        var r = JarProcess.run(Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"), "--workspace", tmp.resolve("ws3").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("lakehouse-explorer: no display available").contains("sql").hasLineCount(1);
    }

    @Test
    void versionNeedsNoWorkspaceOrSpark() throws Exception {
        var r = JarProcess.run(Map.of(), "version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Apache Spark 3.5.9").contains("Delta Lake 3.3.3");
    }
}
