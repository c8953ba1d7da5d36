package dev.lakehouse.explorer.app;

import dev.lakehouse.explorer.cli.GlobalOptions;
import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.ui.shell.DesktopApp;

/** Opens the engine and hands it to the desktop window; a workspace that cannot be used is reported in a dialog. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** Runs the window until the user closes it; false when it could not open. */
    static boolean launch(GlobalOptions options) {
        Engine engine;
        try {
            engine = EngineFactory.open(options);
        } catch (EngineException e) {
            System.err.println("lakehouse-explorer: " + e.getMessage());
            DesktopApp.showStartupError(e.getMessage());
            return false;
        }
        StartupProbe probe = StartupProbe.fromSystemProperty(engine);
        // Spark starts in the background now, while JavaFX builds the window: neither waits for the other.
        engine.startAsync();
        DesktopApp.launch(engine, probe::windowShown);
        return true;
    }
}
