package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.VacuumPlan;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** VACUUM with Delta's retention safety check: deletes files no version within the retention needs. */
@Command(name = "vacuum", description = "Delete data files older versions needed, beyond the retention (Delta's safety check stays on).")
final class TableVacuumCommand implements Callable<Integer> {
    @ParentCommand
    TableCommand table;

    @Mixin
    TableArgument target;

    @Option(names = "--retain-hours", paramLabel = "H",
            description = "Keep files removed within the last H hours (default: the table's retention, 168 unless set).")
    Double retainHours;

    @Option(names = "--dry-run", description = "Only list the files and the versions that would stop being readable.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        TableRef ref = table.resolve(target.name);
        DeltaTableService delta = table.engine().delta();
        JobContext ctx = JobContext.silent("vacuum " + target.name);
        VacuumPlan plan = dryRun ? delta.planVacuum(ref, retainHours, ctx) : delta.vacuum(ref, retainHours, ctx);
        if (format == OutputFormat.JSON) {
            TableJson.vacuum(table.out(), plan, dryRun);
            return Cli.OK;
        }
        PrintWriter out = table.out();
        out.printf("%s %d files (%,d bytes) of %s, retaining %s h%n", dryRun ? "Would delete" : "Deleted",
                plan.files().size(), plan.bytes(), target.name, CellText.of(plan.retainHours()));
        plan.files().forEach(f -> out.println("  " + f));
        out.println(plan.versionsNoLongerReadable().isEmpty() ? "Every readable version stays readable."
                : "Versions no longer readable " + (dryRun ? "afterwards" : "now") + ": " + plan.versionsNoLongerReadable());
        out.flush();
        return Cli.OK;
    }
}
