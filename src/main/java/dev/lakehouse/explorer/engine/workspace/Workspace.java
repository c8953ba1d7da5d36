package dev.lakehouse.explorer.engine.workspace;

import dev.lakehouse.explorer.engine.WorkspaceException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folder that holds everything a lakehouse keeps between runs: the metastore, the warehouse of managed
 * tables, the logs, the sample files and the app's own state (query history, lock).
 */
public record Workspace(Path root) {
    public static final String ENV_VARIABLE = "LAKEHOUSE_WORKSPACE";

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    /** The folder chosen by {@code --workspace}, else {@code LAKEHOUSE_WORKSPACE}, else {@code ~/LakehouseExplorer}. */
    public static Path choose(Path fromCommandLine, Map<String, String> env) {
        if (fromCommandLine != null) {
            return fromCommandLine;
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), "LakehouseExplorer");
    }

    /**
     * Checks the folder can hold a workspace and creates it (and its sub-folders) when missing. A missing folder
     * is created only when its parent exists, so a typo does not scatter folders across the disk.
     */
    public static Workspace prepare(Path folder) {
        Workspace ws = new Workspace(folder);
        Path root = ws.root();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new WorkspaceException("Workspace " + root + " is a file, not a folder: choose a folder with --workspace.");
        }
        if (!Files.exists(root)) {
            Path parent = root.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new WorkspaceException("Workspace " + root + " does not exist and neither does its parent folder "
                        + parent + ": create it first or choose another with --workspace.");
            }
        }
        try {
            for (Path dir : new Path[] {root, ws.warehouse(), ws.logs(), ws.samples(), ws.state()}) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create workspace " + root + ": " + describe(e), e);
        }
        if (!Files.isWritable(root)) {
            throw new WorkspaceException("Workspace " + root + " is not writable: choose another with --workspace.");
        }
        return ws;
    }

    public Path metastore() {
        return root.resolve("metastore_db");
    }

    public Path warehouse() {
        return root.resolve("warehouse");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path logFile() {
        return logs().resolve("lakehouse-explorer.log");
    }

    public Path samples() {
        return root.resolve("samples");
    }

    /** Pipeline specs: the sample's, and where the Medallion panel opens and saves by default. */
    public Path pipelines() {
        return root.resolve("pipelines");
    }

    /** The app's own state: lock, query history. */
    public Path state() {
        return root.resolve(".lakehouse");
    }

    public Path lockFile() {
        return state().resolve("workspace.lock");
    }

    /** Every statement run in the SQL panel, one JSON object a line. */
    public Path queryHistory() {
        return state().resolve("query-history.jsonl");
    }

    private static String describe(IOException e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                + (msg == null ? "" : " (" + msg + ")");
    }
}
