package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineUnavailableException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService;
import dev.lakehouse.explorer.engine.delta.TableLocator;

/**
 * The engine's optional services, or a one-line error while an engine build lacks them: an engine may ship the
 * compute-free reader before its Spark-side Delta service and locator, and the panel must still browse.
 * Call on worker threads only.
 */
final class DeltaAccess {

    private DeltaAccess() {
    }

    static DeltaTableService delta(Engine engine) {
        DeltaTableService delta = engine.delta();
        if (delta == null) {
            throw new EngineUnavailableException(
                    "Sorting, filtering, counting and maintenance need the engine's Delta service, not available yet.");
        }
        return delta;
    }

    static TableLocator locator(Engine engine) {
        TableLocator locator = engine.locator();
        if (locator == null) {
            throw new EngineUnavailableException("Looking tables up by name is not available yet; open the folder.");
        }
        return locator;
    }
}
