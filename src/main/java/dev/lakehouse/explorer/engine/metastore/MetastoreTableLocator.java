package dev.lakehouse.explorer.engine.metastore;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.delta.TableLocator;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Resolves what a user types to a table folder without Spark: a folder path directly, a name through the workspace's
 * Hive metastore read over JDBC ({@link DerbyMetastore}). Works in a JVM where Spark never starts (the command line's
 * browse commands) and beside a running Spark (the desktop app), where it opens its own connection to the same
 * embedded database.
 */
public final class MetastoreTableLocator implements TableLocator {
    private final DerbyMetastore metastore;

    public MetastoreTableLocator(Workspace workspace) {
        this.metastore = new DerbyMetastore(workspace.metastore(), workspace.logs().resolve("derby.log"));
    }

    @Override
    public TableRef resolve(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw new InvalidRequestException("Give a table: a name such as silver.orders, or a folder path.");
        }
        String text = nameOrPath.strip();
        if (looksLikePath(text)) {
            return TableRef.parse(text);
        }
        Path folder = asFolder(text);
        if (folder != null && Files.isDirectory(folder.resolve("_delta_log"))) {
            return TableRef.path(folder); // a relative folder that happens to look like a name, e.g. "orders"
        }
        DerbyMetastore.Entry entry = metastore.find(TableName.parse(text));
        if (entry.isView()) {
            throw new InvalidRequestException(entry.name() + " is a view, not a Delta table");
        }
        if (!"delta".equalsIgnoreCase(entry.provider())) {
            throw new InvalidRequestException(entry.name() + " is a " + entry.provider() + " table, not a Delta table");
        }
        if (entry.location() == null) {
            throw new InvalidRequestException("The metastore records no folder for " + entry.name());
        }
        return entry.location();
    }

    static boolean looksLikePath(String text) {
        return TableRef.looksLikePath(text);
    }

    private static Path asFolder(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
