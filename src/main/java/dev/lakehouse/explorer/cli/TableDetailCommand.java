package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.sql.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** What DESCRIBE DETAIL says, read from the log (no Spark). */
@Command(name = "detail", description = "Print a table's location, size, files, protocol and properties (no Spark).")
final class TableDetailCommand implements Callable<Integer> {
    private static final List<Column> COLUMNS = List.of(new Column("property", "string"), new Column("value", "string"));

    @ParentCommand
    TableCommand table;

    @Mixin
    TableArgument target;

    @Option(names = "--version", paramLabel = "N", description = "Describe version N (default: the latest).")
    Long version;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        TableRef ref = table.resolve(target.name);
        TableReader reader = table.reader(target.name);
        TableDetail d = reader.detail(ref, version);
        long latest = reader.latestVersion(ref);
        if (format == OutputFormat.JSON) {
            TableJson.detail(table.out(), d, latest);
            return Cli.OK;
        }
        RowWriter writer = RowWriter.of(format, table.out());
        writer.begin(COLUMNS);
        row(writer, "location", d.location());
        row(writer, "version", d.version() + (d.version() == latest ? " (latest)" : " (latest: " + latest + ")"));
        row(writer, "numFiles", d.numFiles());
        row(writer, "sizeInBytes", d.sizeInBytes());
        row(writer, "partitionColumns", String.join(", ", d.partitionColumns()));
        row(writer, "minReaderVersion", d.minReaderVersion());
        row(writer, "minWriterVersion", d.minWriterVersion());
        row(writer, "tableFeatures", String.join(", ", d.tableFeatures()));
        d.properties().forEach((k, v) -> row(writer, "property " + k, v));
        row(writer, "createdAt", d.createdAt());
        row(writer, "lastModified", d.lastModified());
        row(writer, "id", d.id());
        row(writer, "name", d.name());
        row(writer, "description", d.description());
        writer.end();
        return Cli.OK;
    }

    private static void row(RowWriter writer, String property, Object value) {
        writer.row(java.util.Arrays.asList(property, value == null ? null : value.toString()));
    }
}
