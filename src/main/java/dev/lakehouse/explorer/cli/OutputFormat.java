package dev.lakehouse.explorer.cli;

/** How a command prints rows: an aligned text table, CSV, or JSON alone on stdout for scripts. */
public enum OutputFormat {
    TABLE, CSV, JSON
}
