package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.ui.common.Theme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.concurrent.Executor;

/**
 * The window around the panels: which panel shows, the engine's lifecycle, the theme and the log console. The
 * engine reports its status on its own threads; {@code uiThread} brings each report to the UI thread
 * ({@code Platform::runLater} in the app, {@code Runnable::run} in tests).
 */
public final class ShellViewModel {
    private final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(Panel.HOME);
    private final ReadOnlyObjectWrapper<EngineStatus> engineStatus =
            new ReadOnlyObjectWrapper<>(EngineStatus.of(EngineState.STOPPED));
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty logConsoleVisible = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper closing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper catalogChanges = new ReadOnlyLongWrapper();
    private final String workspace;

    public ShellViewModel(Engine engine, Executor uiThread) {
        this.workspace = String.valueOf(engine.info().workspace());
        engine.onStatusChange(status -> uiThread.execute(() -> engineStatus.set(status)));
    }

    public ObjectProperty<Panel> panelProperty() {
        return panel;
    }

    public void show(Panel p) {
        panel.set(p);
    }

    public ReadOnlyObjectProperty<EngineStatus> engineStatusProperty() {
        return engineStatus.getReadOnlyProperty();
    }

    public EngineStatus engineStatus() {
        return engineStatus.get();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void toggleTheme() {
        theme.set(theme.get().toggled());
    }

    public BooleanProperty logConsoleVisibleProperty() {
        return logConsoleVisible;
    }

    public void toggleLogConsole() {
        logConsoleVisible.set(!logConsoleVisible.get());
    }

    /** True once the user closed the window and the engine is being stopped. */
    public ReadOnlyBooleanProperty closingProperty() {
        return closing.getReadOnlyProperty();
    }

    public void markClosing() {
        closing.set(true);
    }

    /**
     * Announces that some panel changed the catalog (created, registered or dropped a table); every panel that
     * shows the catalog listens to {@link #catalogChangesProperty()} and reads it again.
     */
    public void catalogChanged() {
        catalogChanges.set(catalogChanges.get() + 1);
    }

    /** Counts catalog changes made in the app; its value means nothing, its changing does. */
    public ReadOnlyLongProperty catalogChangesProperty() {
        return catalogChanges.getReadOnlyProperty();
    }

    public String workspace() {
        return workspace;
    }
}
