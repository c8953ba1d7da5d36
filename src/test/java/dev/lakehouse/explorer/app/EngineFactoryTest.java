package dev.lakehouse.explorer.app;

import dev.lakehouse.explorer.cli.Cli;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import dev.lakehouse.explorer.engine.workspace.WorkspaceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad global options fail before Spark starts, with one line on stderr and exit code 1. */
class EngineFactoryTest {
    @TempDir
    Path tmp;

    private String[] run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                EngineFactory::open, o -> 0);
        return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aBadMasterUrl() {
        String[] r = run("--workspace", tmp.toString(), "--master", "spork://x", "tables");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).isEqualTo("lakehouse-explorer: Invalid --master 'spork://x': use local[*], local[N] or spark://HOST:PORT.\n");
    }

    @Test
    void aWorkspaceThatIsAFileIsLeftAlone() throws IOException {
        Path file = Files.writeString(tmp.resolve("data.csv"), "a,b\n1,2\n");
        String[] r = run("--workspace", file.toString(), "tables");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("is a file, not a folder").hasLineCount(1);
        assertThat(file).hasContent("a,b\n1,2");
    }

    @Test
    void aMissingWorkspaceParent() {
        String[] r = run("--workspace", tmp.resolve("x/y/z").toString(), "tables");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("does not exist").hasLineCount(1);
    }

    @Test
    void aWorkspaceLockedByAnotherInstance() {
        Workspace ws = Workspace.prepare(tmp.resolve("busy"));
        try (WorkspaceLock held = WorkspaceLock.acquire(ws)) {
            String[] r = run("--workspace", ws.root().toString(), "tables");
            assertThat(r[0]).isEqualTo("1");
            assertThat(r[1]).contains("is in use by another Lakehouse Explorer").hasLineCount(1);
        }
    }
}
