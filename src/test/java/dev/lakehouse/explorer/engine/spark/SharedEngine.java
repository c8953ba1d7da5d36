package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.MasterUrl;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import dev.lakehouse.explorer.testing.TestConnectivity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One engine per test JVM, on local[2] in a temporary workspace: Spark and the Derby metastore start once, and
 * every engine, command-line and UI flow test runs on the same session.
 */
public final class SharedEngine {
    private static SparkEngine engine;

    private SharedEngine() {
    }

    public static synchronized SparkEngine get() {
        if (engine == null) {
            try {
                Path dir = Files.createTempDirectory("lakehouse-test-ws");
                Workspace ws = Workspace.prepare(dir);
                SecretRedactor redactor = new SecretRedactor();
                engine = new SparkEngine(ws, MasterUrl.parse("local[2]"), redactor, null, TestConnectivity.create(ws, redactor));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            engine.startAsync();
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        }
        engine.awaitReady(Duration.ofMinutes(5));
        return engine;
    }

    /**
     * The shared engine behind a view whose close() does nothing, for code under test that closes what it opens. Its
     * secret service keeps the tests' passphrase: a window under test sets a dialog for passphrases, which would
     * otherwise stay on the shared engine and wait for a person in every later test.
     */
    public static Engine unclosable() {
        Engine real = get();
        SecretService secrets = (SecretService) Proxy.newProxyInstance(SecretService.class.getClassLoader(),
                new Class<?>[] {SecretService.class}, (proxy, method, args) ->
                        method.getName().equals("setPassphraseProvider") ? null : invoke(method, real.secrets(), args));
        return (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "secrets" -> secrets;
                    default -> invoke(method, real, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
