package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;

/**
 * One Delta table, named as in the metastore ({@code silver.orders}) or by its folder. show, schema, history and
 * detail read the table directly (Delta Kernel) and start no Spark; diff and the maintenance commands run on Spark.
 */
@Command(name = "table", description = "Browse and maintain one Delta table, given by metastore name (schema.table) or folder path.",
        subcommands = {TableShowCommand.class, TableSchemaCommand.class, TableHistoryCommand.class, TableDetailCommand.class,
                TableDiffCommand.class, TableRestoreCommand.class, TableVacuumCommand.class, TableOptimizeCommand.class})
final class TableCommand {
    @ParentCommand
    LakehouseCommand root;

    Engine engine() {
        return root.engine();
    }

    TableRef resolve(String nameOrPath) {
        if (readsFolderAlone(nameOrPath)) {
            return TableRef.parse(nameOrPath.strip());
        }
        return engine().locator().resolve(nameOrPath);
    }

    /** The compute-free reader for this table: without the workspace when the table is given by folder. */
    TableReader reader(String nameOrPath) {
        return readsFolderAlone(nameOrPath) ? root.folderReader() : engine().tables();
    }

    private boolean readsFolderAlone(String nameOrPath) {
        // a table on storage needs the workspace's connections (and Spark), so only local folders read alone
        return root.folderReader() != null && nameOrPath != null && TableRef.looksLikePath(nameOrPath.strip())
                && !TableRef.isRemoteUri(nameOrPath);
    }

    PrintWriter out() {
        return root.out();
    }
}
