package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.DeltaTableService.DiffOptions;
import dev.lakehouse.explorer.engine.delta.SchemaDiff;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.VersionDiff;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** What changed between two versions: schema and rows (on Spark). */
@Command(name = "diff", description = "Compare two versions of a table: schema changes and added, removed and changed rows.")
final class TableDiffCommand implements Callable<Integer> {
    @ParentCommand
    TableCommand table;

    @Mixin
    TableArgument target;

    @Option(names = "--from", required = true, paramLabel = "V1", description = "The older version.")
    long from;

    @Option(names = "--to", required = true, paramLabel = "V2", description = "The newer version.")
    long to;

    @Option(names = "--key", split = ",", paramLabel = "COL",
            description = "Columns identifying a row; with a key, rows with the same key and other values count as changed.")
    List<String> key = List.of();

    @Option(names = "--rows", description = "Also list the differing rows.")
    boolean rows;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N rows with --rows (default ${DEFAULT-VALUE}).")
    int limit = 100;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        TableRef ref = table.resolve(target.name);
        VersionDiff d = table.engine().delta().diff(ref, from, to, new DiffOptions(key, rows, limit),
                JobContext.silent("diff " + target.name));
        if (format == OutputFormat.JSON) {
            TableJson.diff(table.out(), ref.toString(), d, rows);
            return Cli.OK;
        }
        print(table.out(), d);
        return Cli.OK;
    }

    private void print(PrintWriter out, VersionDiff d) {
        out.printf("%s: version %d → %d (%s%s)%n", target.name, d.fromVersion(), d.toVersion(), d.method(),
                d.keyColumns().isEmpty() ? "" : ", key " + String.join(", ", d.keyColumns()));
        SchemaDiff s = d.schema();
        if (s.isEmpty()) {
            out.println("schema: unchanged");
        }
        s.added().forEach(c -> out.println("schema: + " + c));
        s.removed().forEach(c -> out.println("schema: - " + c));
        s.changed().forEach(c -> out.println("schema: ~ " + c.column() + " " + c.fromType() + " → " + c.toType()));
        out.printf("rows: %d added, %d removed, %d changed%n", d.counts().added(), d.counts().removed(), d.counts().changed());
        for (VersionDiff.RowChange c : d.rows()) {
            String kind = c.kind().name().toLowerCase(Locale.ROOT);
            switch (c.kind()) {
                case ADDED -> out.println(kind + " " + CellText.of(c.after()));
                case REMOVED -> out.println(kind + " " + CellText.of(c.before()));
                case CHANGED -> out.println(kind + " " + CellText.of(c.before()) + " → " + CellText.of(c.after())
                        + " (" + String.join(", ", c.changedColumns()) + ")");
            }
        }
        out.flush();
    }
}
