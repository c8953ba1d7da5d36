package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.ZoneId;
import java.util.concurrent.Callable;

/** The first rows of a table at any version, read directly from its files (no Spark). */
@Command(name = "show", description = "Print the first rows of a table, at the latest or an earlier version (no Spark).")
final class TableShowCommand implements Callable<Integer> {
    @ParentCommand
    TableCommand table;

    @Mixin
    TableArgument target;

    @Option(names = "--version", paramLabel = "N", description = "Read version N.")
    Long version;

    @Option(names = "--timestamp", paramLabel = "TS",
            description = "Read the version current at TS (2024-05-01T10:00:00Z; without a zone, this machine's time).")
    String timestamp;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        if (version != null && timestamp != null) {
            throw new InvalidRequestException("Give --version or --timestamp, not both.");
        }
        TableRef ref = table.resolve(target.name);
        TableReader reader = table.reader(target.name);
        Long v = timestamp != null ? reader.versionAt(ref, TimestampArg.parse(timestamp, ZoneId.systemDefault())) : version;
        ResultPage page = reader.firstRows(ref, v, limit);
        RowWriter writer = RowWriter.of(format, table.out());
        writer.begin(page.columns());
        page.rows().forEach(writer::row);
        writer.end();
        return Cli.OK;
    }
}
