package dev.lakehouse.explorer.cli;

import picocli.CommandLine.Parameters;

/** The TABLE argument every {@code table} subcommand takes: a metastore name or a table's folder. */
final class TableArgument {
    @Parameters(index = "0", paramLabel = "TABLE", description = "schema.table, or the table's folder.")
    String name;
}
