package dev.lakehouse.explorer.app;

import dev.lakehouse.explorer.cli.Cli;
import dev.lakehouse.explorer.cli.EngineOpener;
import dev.lakehouse.explorer.cli.GlobalOptions;
import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.kernel.KernelTableReader;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The one entry point of the jar. With a subcommand it runs headless; without one it opens the desktop window.
 * It does not extend javafx.application.Application, so the jar starts with JavaFX on the plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The UI logs through System.Logger (java.util.logging); route it into the same redacting log as Spark.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(Cli.run(args, System.out, System.err, new EngineOpener() {
            @Override
            public Engine open(GlobalOptions options) {
                return EngineFactory.open(options);
            }

            @Override
            public TableReader folderReader() {
                return new KernelTableReader(); // table commands on a folder need no workspace
            }
        }, Main::launchGui));
    }

    private static int launchGui(GlobalOptions options) {
        if (!Display.available()) {
            System.err.println("lakehouse-explorer: no display available for the desktop window; "
                    + "use a command instead, e.g. lakehouse-explorer sql \"SHOW TABLES IN bronze\" (see --help).");
            return Cli.USER_ERROR;
        }
        return DesktopLauncher.launch(options) ? Cli.OK : Cli.USER_ERROR;
    }
}
