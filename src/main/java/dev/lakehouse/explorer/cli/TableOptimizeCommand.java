package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.DeltaTableService.MaintenanceResult;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** OPTIMIZE: compacts small files, optionally clustering rows by columns (Z-order). */
@Command(name = "optimize", description = "Compact a table's small files, optionally Z-ordering rows by some columns.")
final class TableOptimizeCommand implements Callable<Integer> {
    @ParentCommand
    TableCommand table;

    @Mixin
    TableArgument target;

    @Option(names = "--zorder", split = ",", paramLabel = "COL", description = "Z-order the rows by these columns.")
    List<String> zorder = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        TableRef ref = table.resolve(target.name);
        MaintenanceResult r = table.engine().delta().optimize(ref, zorder, JobContext.silent("optimize " + target.name));
        MaintenanceOutput.print(table.out(), format, r, "Optimized " + target.name);
        return Cli.OK;
    }
}
