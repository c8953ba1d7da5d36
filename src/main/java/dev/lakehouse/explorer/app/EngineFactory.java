package dev.lakehouse.explorer.app;

import dev.lakehouse.explorer.cli.GlobalOptions;
import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.MasterUrl;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.secrets.EnvironmentPassphrase;
import dev.lakehouse.explorer.engine.spark.SparkEngine;
import dev.lakehouse.explorer.engine.workspace.Workspace;

/** Builds the engine from the global options: the only place that names the Spark implementation. */
final class EngineFactory {
    private EngineFactory() {
    }

    static Engine open(GlobalOptions options) {
        MasterUrl master = MasterUrl.parse(options.master());
        Workspace ws = Workspace.prepare(Workspace.choose(options.workspace(), System.getenv()));
        SecretRedactor redactor = new SecretRedactor();
        SparkEngine engine = new SparkEngine(ws, master, redactor, options.verbose() ? System.err : null,
                Connectivities.create(ws, redactor, EnvironmentPassphrase.fromSystem()));
        // Ctrl+C or a closed terminal still stops Spark and Derby cleanly (close() is idempotent).
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "lakehouse-engine-shutdown"));
        return engine;
    }
}
