package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.common.Theme;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The desktop application's entry for the composition root. It starts JavaFX with {@link Platform#startup} rather
 * than through an {@code Application} subclass, so the engine is handed over as a plain argument, and a shaded jar
 * needs no launcher tricks.
 */
public final class DesktopApp {
    private static final System.Logger LOG = System.getLogger(DesktopApp.class.getName());
    private static final long STOP_TIMEOUT_SECONDS = 30;
    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};

    private DesktopApp() {
    }

    /**
     * Shows the main window, then starts the engine, and blocks until the user has closed the window and the engine
     * has stopped. The window is usable while Spark starts.
     */
    public static void launch(Engine engine) {
        launch(engine, () -> { });
    }

    /** As {@link #launch(Engine)}, calling {@code onShown} on the FX thread once the window is on screen. */
    public static void launch(Engine engine, Runnable onShown) {
        var exited = new CountDownLatch(1);
        Platform.setImplicitExit(false); // we exit ourselves, once the engine has stopped
        Runnable start = () -> {
            try {
                open(engine, exited);
                onShown.run();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "Could not open the main window", e);
                Platform.exit();
                exited.countDown();
            }
        };
        try {
            Platform.startup(start);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(start);
        }
        try {
            exited.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells the user, in a window, why the app cannot open (e.g. the workspace is locked); blocks until closed. */
    public static void showStartupError(String message) {
        var closed = new CountDownLatch(1);
        Runnable show = () -> {
            Theme.LIGHT.apply();
            var stage = StartupErrorWindow.create(message);
            stage.setOnHidden(e -> closed.countDown());
            addIcons(stage);
            stage.show();
        };
        try {
            Platform.startup(show);
            closed.await();
            Platform.exit();
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(show);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException | Error noToolkit) {
            LOG.log(System.Logger.Level.WARNING, "Cannot show the start-up error window", noToolkit);
        }
    }

    /**
     * Builds the main window on {@code stage} (scene, theme, restored size and panel) without showing it or starting
     * the engine: for {@link #launch} and for UI tests. Call on the FX thread.
     *
     * @param prefs where the window state is kept between runs
     */
    public static MainWindow build(Stage stage, Engine engine, TaskRunner runner, Preferences prefs) {
        var window = new MainWindow(engine, runner, new ErrorPresenter(() -> stage, engine.redactor()::redact), Platform::runLater);
        var saved = WindowState.load(prefs);
        window.shell().themeProperty().set(saved.theme());
        window.shell().show(saved.panel());
        stage.setTitle("Lakehouse Explorer");
        stage.setScene(window.scene());
        var bounds = StageBounds.restore(stage, saved);
        stage.getProperties().put(StageBounds.class, bounds);
        return window;
    }

    /** Writes the window's size, position, panel and theme to {@code prefs}. */
    public static void saveState(Stage stage, MainWindow window, Preferences prefs) {
        if (stage.getProperties().get(StageBounds.class) instanceof StageBounds bounds) {
            bounds.capture(window.shell().panelProperty().get(), window.shell().themeProperty().get()).save(prefs);
            try {
                prefs.flush();
            } catch (BackingStoreException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not save the window state", e);
            }
        }
    }

    private static void open(Engine engine, CountDownLatch exited) {
        var stage = new Stage();
        var prefs = Preferences.userRoot().node("dev/lakehouse/explorer");
        var runner = new FxTaskRunner(jobId -> engine.jobs().cancel(jobId));
        var window = build(stage, engine, runner, prefs);
        window.errors().installAsDefaultHandler();
        addIcons(stage);
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window stays, showing "Stopping engine…", until the engine is down
            close(stage, window, prefs, engine, runner, exited);
        });
        stage.show();
        // Off the FX thread even though startAsync returns at once: the window must never wait on the engine.
        daemon("engine-start", engine::startAsync).start();
    }

    private static void close(Stage stage, MainWindow window, Preferences prefs, Engine engine, FxTaskRunner runner,
                              CountDownLatch exited) {
        if (window.shell().closingProperty().get()) {
            return;
        }
        saveState(stage, window, prefs);
        window.shell().markClosing();
        var stopped = new CountDownLatch(1);
        daemon("engine-stop", () -> {
            try {
                engine.close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The engine did not stop cleanly", e);
            } finally {
                stopped.countDown();
            }
        }).start();
        // A hung engine must not keep the window open for ever: exit after a time limit all the same.
        daemon("exit-after-stop", () -> {
            try {
                if (!stopped.await(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.log(System.Logger.Level.WARNING, "The engine did not stop within "
                            + STOP_TIMEOUT_SECONDS + " s; exiting anyway");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runner.close();
            Platform.runLater(() -> {
                Platform.exit();
                exited.countDown();
            });
        }).start();
    }

    private static Thread daemon(String name, Runnable body) {
        var t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private static void addIcons(Stage stage) {
        for (String size : ICON_SIZES) {
            try (InputStream in = DesktopApp.class.getResourceAsStream("/dev/lakehouse/explorer/ui/icon-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "No app icon of size " + size, e);
            }
        }
    }
}
