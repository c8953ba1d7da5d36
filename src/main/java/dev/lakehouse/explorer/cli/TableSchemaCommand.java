package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.engine.sql.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** A table's columns at any version (no Spark); nested fields are listed with dotted names. */
@Command(name = "schema", description = "Print a table's columns, at the latest or an earlier version (no Spark).")
final class TableSchemaCommand implements Callable<Integer> {
    private static final List<Column> COLUMNS = List.of(new Column("column", "string"), new Column("type", "string"),
            new Column("nullable", "boolean"), new Column("partition", "boolean"), new Column("comment", "string"));

    @ParentCommand
    TableCommand table;

    @Mixin
    TableArgument target;

    @Option(names = "--version", paramLabel = "N", description = "Read version N.")
    Long version;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        TableRef ref = table.resolve(target.name);
        TableReader reader = table.reader(target.name);
        TableSchema schema = reader.schema(ref, version);
        if (format == OutputFormat.JSON) {
            TableJson.schema(table.out(), schema, version != null ? version : reader.latestVersion(ref));
            return Cli.OK;
        }
        RowWriter writer = RowWriter.of(format, table.out());
        writer.begin(COLUMNS);
        rows(writer, "", schema.fields(), schema.partitionColumns());
        writer.end();
        return Cli.OK;
    }

    private static void rows(RowWriter writer, String prefix, List<SchemaField> fields, List<String> partitions) {
        for (SchemaField f : fields) {
            String column = prefix + f.name();
            writer.row(Arrays.asList(column, f.type(), f.nullable(), prefix.isEmpty() && partitions.contains(f.name()), f.comment()));
            rows(writer, column + ".", f.children(), partitions);
        }
    }
}
