package dev.lakehouse.explorer.ui.shell;

import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.EngineStatus;
import dev.lakehouse.explorer.ui.common.Theme;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {
    private final FakeEngine engine = new FakeEngine();

    @Test
    void startsOnHomeAndSwitchesPanels() {
        var vm = new ShellViewModel(engine, Runnable::run);

        assertThat(vm.panelProperty().get()).isEqualTo(Panel.HOME);
        vm.show(Panel.SQL);
        assertThat(vm.panelProperty().get()).isEqualTo(Panel.SQL);
        assertThat(Panel.SQL.navId()).isEqualTo("nav-sql");
    }

    @Test
    void followsTheEnginesStatus() {
        var vm = new ShellViewModel(engine, Runnable::run);
        assertThat(vm.engineStatus().state()).isEqualTo(EngineState.STOPPED);

        engine.startAsync();
        assertThat(vm.engineStatus().state()).isEqualTo(EngineState.STARTING);

        engine.setStatus(new EngineStatus(EngineState.FAILED, "Port 4040 is in use"));
        assertThat(vm.engineStatus()).isEqualTo(new EngineStatus(EngineState.FAILED, "Port 4040 is in use"));
    }

    @Test
    void statusReportsReachThePropertyOnlyThroughTheUiThread() {
        List<Runnable> uiQueue = new ArrayList<>();
        var vm = new ShellViewModel(engine, uiQueue::add);

        engine.becomeReady();
        assertThat(vm.engineStatus().state()).isEqualTo(EngineState.STOPPED);

        uiQueue.forEach(Runnable::run);
        assertThat(vm.engineStatus().state()).isEqualTo(EngineState.READY);
    }

    @Test
    void togglesThemeAndLogConsole() {
        var vm = new ShellViewModel(engine, Runnable::run);

        vm.toggleTheme();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
        vm.toggleTheme();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);

        vm.toggleLogConsole();
        assertThat(vm.logConsoleVisibleProperty().get()).isTrue();
        vm.toggleLogConsole();
        assertThat(vm.logConsoleVisibleProperty().get()).isFalse();
    }

    @Test
    void theRailListsCatalogBetweenHomeAndSqlAndConnectionsLast() {
        assertThat(Panel.values()).containsExactly(Panel.HOME, Panel.CATALOG, Panel.SQL, Panel.CONNECTIONS, Panel.MEDALLION);
        assertThat(Panel.CATALOG.navId()).isEqualTo("nav-catalog");
        assertThat(Panel.CONNECTIONS.navId()).isEqualTo("nav-connections");
        assertThat(Panel.CONNECTIONS.label()).isEqualTo("Connections");
    }

    @Test
    void announcesCatalogChanges() {
        var vm = new ShellViewModel(engine, Runnable::run);
        List<Long> seen = new ArrayList<>();
        vm.catalogChangesProperty().addListener((obs, old, now) -> seen.add(now.longValue()));

        vm.catalogChanged();
        vm.catalogChanged();

        assertThat(seen).containsExactly(1L, 2L);
    }

    @Test
    void knowsTheWorkspaceAndWhenItCloses() {
        var vm = new ShellViewModel(engine, Runnable::run);

        assertThat(vm.workspace()).isEqualTo("/tmp/lakehouse-test");
        assertThat(vm.closingProperty().get()).isFalse();
        vm.markClosing();
        assertThat(vm.closingProperty().get()).isTrue();
    }
}
