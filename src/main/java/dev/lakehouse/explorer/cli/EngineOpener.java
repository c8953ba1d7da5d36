package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.delta.TableReader;

/** How the command line gets an engine: given by the composition root, so cli never names an implementation. */
@FunctionalInterface
public interface EngineOpener {
    Engine open(GlobalOptions options);

    /**
     * What reads a Delta table given by folder without a workspace — no lock, no metastore, no Spark — so that
     * {@code table show/schema/history/detail FOLDER} also work while the window has the workspace open; null to
     * go through {@link #open} for those too.
     */
    default TableReader folderReader() {
        return null;
    }
}
