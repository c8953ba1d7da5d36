package dev.lakehouse.explorer.engine.workspace;

import dev.lakehouse.explorer.engine.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {
    @TempDir
    Path tmp;

    @Test
    void commandLineBeatsEnvironmentBeatsDefault() {
        assertThat(Workspace.choose(Path.of("/a"), Map.of("LAKEHOUSE_WORKSPACE", "/b"))).isEqualTo(Path.of("/a"));
        assertThat(Workspace.choose(null, Map.of("LAKEHOUSE_WORKSPACE", "/b"))).isEqualTo(Path.of("/b"));
        assertThat(Workspace.choose(null, Map.of())).isEqualTo(Path.of(System.getProperty("user.home"), "LakehouseExplorer"));
    }

    @Test
    void createsAMissingFolderWhoseParentExists() {
        Workspace ws = Workspace.prepare(tmp.resolve("new-ws"));
        assertThat(ws.warehouse()).isDirectory();
        assertThat(ws.logs()).isDirectory();
    }

    @Test
    void refusesAFileAndAMissingParent() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> Workspace.prepare(file))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("is a file, not a folder");
        assertThat(file).hasContent("keep me");
        assertThatThrownBy(() -> Workspace.prepare(tmp.resolve("no/such/ws")))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("does not exist and neither does its parent");
    }

    @Test
    void refusesAFolderThatCannotBeCreated() {
        assertThatThrownBy(() -> Workspace.prepare(Path.of("/proc/lakehouse-ws")))
                .isInstanceOf(WorkspaceException.class).hasMessageStartingWith("Cannot create workspace /proc/lakehouse-ws");
    }

    @Test
    void aSecondLockOnTheSameWorkspaceIsRefusedUntilTheFirstIsReleased() {
        Workspace ws = Workspace.prepare(tmp.resolve("locked"));
        WorkspaceLock first = WorkspaceLock.acquire(ws);
        assertThatThrownBy(() -> WorkspaceLock.acquire(ws))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("is in use by another Lakehouse Explorer");
        first.close();
        WorkspaceLock.acquire(ws).close();
    }
}
