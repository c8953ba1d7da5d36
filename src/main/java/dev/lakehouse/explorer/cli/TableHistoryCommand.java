package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.sql.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** A table's commits, newest first, each marked readable or not (read from the log; no Spark). */
@Command(name = "history", description = "Print a table's versions, newest first, and whether each can still be read (no Spark).")
final class TableHistoryCommand implements Callable<Integer> {
    private static final List<Column> COLUMNS = List.of(new Column("version", "bigint"), new Column("timestamp", "timestamp"),
            new Column("operation", "string"), new Column("readable", "string"), new Column("parameters", "string"));

    @ParentCommand
    TableCommand table;

    @Mixin
    TableArgument target;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        List<TableVersion> history = table.reader(target.name).history(table.resolve(target.name));
        if (format == OutputFormat.JSON) {
            TableJson.history(table.out(), history);
            return Cli.OK;
        }
        RowWriter writer = RowWriter.of(format, table.out());
        writer.begin(COLUMNS);
        for (TableVersion v : history) {
            String parameters = v.operationParameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
            writer.row(Arrays.asList(v.version(), v.timestamp(), v.operation(),
                    v.readable() ? "yes" : "no: " + v.notReadableReason(), parameters));
        }
        writer.end();
        return Cli.OK;
    }
}
