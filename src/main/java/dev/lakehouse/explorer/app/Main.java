package dev.lakehouse.explorer.app;

import dev.lakehouse.explorer.cli.Cli;
import dev.lakehouse.explorer.cli.GlobalOptions;

/**
 * The one entry point of the jar. With a subcommand it runs headless; without one it opens the desktop window.
 * It does not extend javafx.application.Application, so the jar starts with JavaFX on the plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args, System.out, System.err, EngineFactory::open, Main::launchGui);
        if (code != Cli.OK || !guiRunning) {
            System.exit(code);
        }
    }

    private static volatile boolean guiRunning;

    private static int launchGui(GlobalOptions options) {
        if (!Display.available()) {
            System.err.println("lakehouse-explorer: no display available for the desktop window; "
                    + "use a command instead, e.g. lakehouse-explorer sql \"SHOW TABLES IN bronze\" (see --help).");
            return Cli.USER_ERROR;
        }
        guiRunning = DesktopLauncher.launch(options);
        return guiRunning ? Cli.OK : Cli.USER_ERROR;
    }
}
