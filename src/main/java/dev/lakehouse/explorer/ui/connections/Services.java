package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineUnavailableException;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.StorageService;
import dev.lakehouse.explorer.engine.secrets.SecretService;

/**
 * The engine services this panel uses, looked up at the moment of use (inside worker lambdas): an engine built
 * without them (a test double, a build without the Azure part) gives a one-line error instead of a null pointer.
 */
final class Services {
    private final Engine engine;

    Services(Engine engine) {
        this.engine = engine;
    }

    Engine engine() {
        return engine;
    }

    SecretService secrets() {
        return present(engine.secrets(), "Secret scopes");
    }

    ConnectionService connections() {
        return present(engine.connections(), "Connections");
    }

    StorageService storage() {
        return present(engine.storage(), "The storage browser");
    }

    private static <T> T present(T service, String what) {
        if (service == null) {
            throw new EngineUnavailableException(what + " are not available in this engine.");
        }
        return service;
    }
}
