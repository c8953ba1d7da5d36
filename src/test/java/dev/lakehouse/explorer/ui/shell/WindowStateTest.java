package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.ui.common.Theme;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class WindowStateTest {
    private final Preferences prefs = Preferences.userRoot().node("lakehouse-explorer-test-" + UUID.randomUUID());
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 870);
    private static final Rectangle2D MONITOR = new Rectangle2D(1440, 0, 2560, 1400);

    @AfterEach
    void removeNode() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void roundTripsThroughPreferences() {
        var state = new WindowState(100, 50, 1300, 800, true, Panel.SQL, Theme.DARK);

        state.save(prefs);

        assertThat(WindowState.load(prefs)).isEqualTo(state);
    }

    @Test
    void aFirstStartGetsTheDefaults() {
        assertThat(WindowState.load(prefs)).isEqualTo(WindowState.defaults());
    }

    @Test
    void unknownNamesFallBackToTheDefaults() {
        prefs.put("panel", "PIPELINES");
        prefs.put("theme", "SOLARIZED");

        var state = WindowState.load(prefs);

        assertThat(state.panel()).isEqualTo(Panel.HOME);
        assertThat(state.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorComesBackCentredOnThePrimary() {
        var onMonitor = new WindowState(2000, 200, 1200, 800, false, Panel.HOME, Theme.LIGHT);

        var clamped = onMonitor.clampTo(List.of(LAPTOP));

        assertThat(clamped.x()).isEqualTo(120);
        assertThat(clamped.y()).isEqualTo(35);
        assertThat(clamped.width()).isEqualTo(1200);
    }

    @Test
    void aWindowStaysOnTheScreenItWasOn() {
        var onMonitor = new WindowState(2000, 200, 1200, 800, false, Panel.HOME, Theme.LIGHT);

        assertThat(onMonitor.clampTo(List.of(LAPTOP, MONITOR))).isEqualTo(onMonitor);
    }

    @Test
    void aWindowTooLargeOrHangingOffTheEdgeIsShrunkAndMovedOn() {
        var tooBig = new WindowState(900, -40, 2000, 1000, false, Panel.HOME, Theme.LIGHT);

        var clamped = tooBig.clampTo(List.of(LAPTOP));

        assertThat(clamped.width()).isEqualTo(1440);
        assertThat(clamped.height()).isEqualTo(870);
        assertThat(clamped.x()).isZero();
        assertThat(clamped.y()).isZero();
    }

    @Test
    void defaultsAreCentred() {
        var clamped = WindowState.defaults().clampTo(List.of(LAPTOP));

        assertThat(clamped.x()).isEqualTo((1440 - 1280) / 2.0);
        assertThat(clamped.y()).isEqualTo((870 - 820) / 2.0);
    }
}
