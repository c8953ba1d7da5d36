package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.DeltaTableService.MaintenanceResult;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** OPTIMIZE: compacts small files, optionally clustering rows by columns (Z-order). */
@Command(name = "optimize", description = "Compact a table's small files, optionally Z-ordering rows by some columns.")
final class TableOptimizeCommand implements Callable<Integer> {
    @ParentCommand
    TableCommand table;

    @Parameters(index = "0", paramLabel = "TABLE", description = "schema.table, or the table's folder.")
    String name;

    @Option(names = "--zorder", split = ",", paramLabel = "COL", description = "Z-order the rows by these columns.")
    List<String> zorder = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        TableRef ref = table.resolve(name);
        MaintenanceResult r = table.engine().delta().optimize(ref, zorder, JobContext.silent("optimize " + name));
        MaintenanceOutput.print(table.out(), format, r, "Optimized " + name);
        return Cli.OK;
    }
}
