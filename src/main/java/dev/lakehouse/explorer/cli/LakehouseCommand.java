package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.delta.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The root command: global options; without a subcommand it opens the desktop window. */
@Command(name = "lakehouse-explorer",
        description = "A desktop lakehouse on an embedded Apache Spark session with Delta Lake.%n"
                + "Without a command, opens the desktop window.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        subcommands = {VersionCommand.class, SampleCommand.class, SqlCommand.class, TablesCommand.class, TableCommand.class,
                SecretsCommand.class, ConnectionsCommand.class, StorageCommand.class, PipelineCommand.class},
        footer = {"", "Workspace: --workspace DIR, else $LAKEHOUSE_WORKSPACE, else ~/LakehouseExplorer."})
public final class LakehouseCommand implements Callable<Integer>, AutoCloseable {
    private final EngineOpener opener;
    private final GuiLauncher gui;
    private Engine engine;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace folder (metastore, warehouse, logs).")
    Path workspace;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (default), local[N] or spark://HOST:PORT.")
    String master;

    @Option(names = "--verbose", description = "Echo the engine's log on stderr and show stack traces on errors.")
    boolean verbose;

    private final java.io.InputStream in;

    LakehouseCommand(EngineOpener opener, GuiLauncher gui, java.io.InputStream in) {
        this.opener = opener;
        this.gui = gui;
        this.in = in;
    }

    /** Standard input, for values that must never be arguments (a secret). */
    java.io.InputStream in() {
        return in;
    }

    @Override
    public Integer call() {
        return gui.launch(options());
    }

    GlobalOptions options() {
        return new GlobalOptions(workspace, master, verbose);
    }

    /**
     * The engine, opened on first use by a command that needs one. Opening does not start Spark: the engine starts
     * it on the first call that needs it, so commands that only browse tables (Kernel, metastore) never pay for it.
     */
    Engine engine() {
        if (engine == null) {
            engine = opener.open(options());
        }
        return engine;
    }

    /** The opener's workspace-free reader of tables given by folder, or null. */
    TableReader folderReader() {
        return opener.folderReader();
    }

    /** Masks the secrets the engine has resolved, for text the command line prints beyond results (errors). */
    String redact(String text) {
        return engine == null ? text : engine.redactor().redact(text);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
