package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.DeltaTableService.MaintenanceResult;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** RESTORE: the table's content goes back to an earlier version, as a new version (history is kept). */
@Command(name = "restore", description = "Restore a table to an earlier version (a new version; the history is kept).")
final class TableRestoreCommand implements Callable<Integer> {
    @ParentCommand
    TableCommand table;

    @Mixin
    TableArgument target;

    @Option(names = "--version", required = true, paramLabel = "N", description = "The version to restore.")
    long version;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        TableRef ref = table.resolve(target.name);
        MaintenanceResult r = table.engine().delta().restore(ref, version, JobContext.silent("restore " + target.name));
        MaintenanceOutput.print(table.out(), format, r, "Restored " + target.name + " to version " + version);
        return Cli.OK;
    }
}
