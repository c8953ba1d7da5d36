package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.DeltaTableService.MaintenanceResult;

import java.io.PrintWriter;

/** Prints what a maintenance command did: a sentence and Delta's metrics, or the JSON alone. */
final class MaintenanceOutput {
    private MaintenanceOutput() {
    }

    static void print(PrintWriter out, OutputFormat format, MaintenanceResult r, String done) {
        if (format == OutputFormat.JSON) {
            TableJson.maintenance(out, r);
            return;
        }
        out.println(done + ": " + r.operation() + ", now at version " + r.newVersion() + ".");
        r.metrics().forEach((k, v) -> out.println("  " + k + " = " + v));
        out.flush();
    }
}
