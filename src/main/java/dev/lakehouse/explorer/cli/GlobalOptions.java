package dev.lakehouse.explorer.cli;

import java.nio.file.Path;

/**
 * The options every command shares.
 *
 * @param workspace {@code --workspace}, or null for the environment/default choice
 * @param master    {@code --master}, or null for local[*]
 * @param verbose   {@code --verbose}: echo logs and print stack traces on errors
 */
public record GlobalOptions(Path workspace, String master, boolean verbose) {
}
