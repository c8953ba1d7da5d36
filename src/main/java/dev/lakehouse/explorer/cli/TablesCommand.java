package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.catalog.CatalogService;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.sql.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** Lists every table and view of the metastore. */
@Command(name = "tables", description = "List the tables and views of every schema.")
final class TablesCommand implements Callable<Integer> {
    private static final List<Column> COLUMNS = List.of(new Column("schema", "string"), new Column("name", "string"),
            new Column("kind", "string"), new Column("format", "string"), new Column("location", "string"),
            new Column("lastModified", "timestamp"));

    @ParentCommand
    LakehouseCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        CatalogService catalog = root.engine().catalog();
        if (format == OutputFormat.JSON) {
            JsonOutput.tables(root.out(), tables(catalog));
            return Cli.OK;
        }
        RowWriter writer = RowWriter.of(format, root.out());
        writer.begin(COLUMNS);
        for (TableSummary t : tables(catalog)) {
            writer.row(Arrays.asList(t.schema(), t.name(), t.kind(), t.format(), t.location(), t.lastModified()));
        }
        writer.end();
        return Cli.OK;
    }

    private static List<TableSummary> tables(CatalogService catalog) {
        return catalog.schemas().stream().map(SchemaSummary::name).flatMap(s -> catalog.tables(s).stream()).toList();
    }
}
