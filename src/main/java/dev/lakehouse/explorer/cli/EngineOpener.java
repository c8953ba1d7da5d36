package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.Engine;

/** How the command line gets an engine: given by the composition root, so cli never names an implementation. */
@FunctionalInterface
public interface EngineOpener {
    Engine open(GlobalOptions options);
}
