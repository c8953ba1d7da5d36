package dev.lakehouse.explorer.cli;

/** Opens the desktop window when the jar runs without a subcommand; returns the exit code. */
@FunctionalInterface
public interface GuiLauncher {
    int launch(GlobalOptions options);
}
