package dev.lakehouse.explorer.ui.shell;

import atlantafx.base.theme.Styles;
import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.ui.catalog.CatalogView;
import dev.lakehouse.explorer.ui.catalog.CatalogViewModel;
import dev.lakehouse.explorer.engine.sql.QueryHistory;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import dev.lakehouse.explorer.ui.common.ErrorPresenter;
import dev.lakehouse.explorer.ui.common.TaskRunner;
import dev.lakehouse.explorer.ui.common.Theme;
import dev.lakehouse.explorer.ui.connections.ConnectionsView;
import dev.lakehouse.explorer.ui.connections.ConnectionsViewModel;
import dev.lakehouse.explorer.ui.connections.DialogPassphraseProvider;
import dev.lakehouse.explorer.ui.home.HomeView;
import dev.lakehouse.explorer.ui.home.HomeViewModel;
import dev.lakehouse.explorer.ui.medallion.FxDebouncer;
import dev.lakehouse.explorer.ui.medallion.MedallionView;
import dev.lakehouse.explorer.ui.medallion.MedallionViewModel;
import dev.lakehouse.explorer.ui.medallion.EngineStepEdits;
import dev.lakehouse.explorer.ui.sql.SqlView;
import dev.lakehouse.explorer.ui.sql.SqlViewModel;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.concurrent.Executor;

/**
 * The main window's content: app bar on top, navigation rail on the left, the current panel in the middle with
 * the log console under it, the status bar at the bottom. It owns the view-models of the shell and the panels.
 */
public final class MainWindow {
    private final ShellViewModel shell;
    private final HomeViewModel homeVm;
    private final SqlViewModel sqlVm;
    private final CatalogViewModel catalogVm;
    private final ConnectionsViewModel connectionsVm;
    private final MedallionViewModel medallionVm;
    private final HomeView home;
    private final CatalogView catalog;
    private final SqlView sql;
    private final ConnectionsView connections;
    private final MedallionView medallion;
    private final LogConsoleView console;
    private final StackPane panelHost = new StackPane();
    private final SplitPane centre = new SplitPane(panelHost);
    private final Scene scene;
    private final ErrorPresenter errors;

    public MainWindow(Engine engine, TaskRunner runner, ErrorPresenter errors, Executor uiThread) {
        this.errors = errors;
        shell = new ShellViewModel(engine, uiThread);
        homeVm = new HomeViewModel(engine, runner, shell.engineStatusProperty());
        var history = new QueryHistory(new Workspace(engine.info().workspace()).queryHistory(), engine.redactor());
        sqlVm = new SqlViewModel(engine, runner, shell.engineStatusProperty(), history);
        catalogVm = new CatalogViewModel(engine, runner, shell.engineStatusProperty(), ZoneId.systemDefault());
        homeVm.setOnQuery(this::openInSql);
        catalogVm.setOnOpenSql(this::openInSql);
        connectionsVm = new ConnectionsViewModel(engine, runner);
        wireConnections(engine, runner);
        medallionVm = new MedallionViewModel(engine::pipelines, runner, new EngineStepEdits(),
                new FxDebouncer(java.time.Duration.ofMillis(300)), engine.info().workspace(), uiThread,
                java.time.Clock.systemDefaultZone());
        wireMedallion();
        wireCatalogChanges();
        home = new HomeView(homeVm, errors);
        catalog = new CatalogView(catalogVm, errors);
        sql = new SqlView(sqlVm, errors);
        connections = new ConnectionsView(connectionsVm, errors);
        medallion = new MedallionView(medallionVm, errors);
        console = new LogConsoleView(new LogConsoleViewModel(engine.logs(), uiThread), shell::toggleLogConsole);

        centre.setOrientation(Orientation.VERTICAL);
        centre.getStyleClass().add("centre-split");
        var layout = new BorderPane(centre);
        layout.setTop(new AppBar(shell));
        layout.setLeft(new NavigationRail(shell));
        layout.setBottom(new StatusBar(shell, runner.centre()));
        var root = new StackPane(layout, stoppingOverlay());
        root.getStyleClass().add("main-window");

        scene = new Scene(root, 1280, 820);
        scene.getStylesheets().add(Theme.appStylesheet());
        Shortcuts.install(scene, shell, sqlVm, medallion);
        shell.panelProperty().addListener((obs, old, panel) -> showPanel(panel));
        shell.logConsoleVisibleProperty().addListener((obs, was, visible) -> showConsole(visible));
        shell.themeProperty().addListener((obs, old, theme) -> theme.apply());
        showPanel(shell.panelProperty().get());
        shell.themeProperty().get().apply();
    }

    public Scene scene() {
        return scene;
    }

    public ErrorPresenter errors() {
        return errors;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public HomeViewModel home() {
        return homeVm;
    }

    public SqlViewModel sql() {
        return sqlVm;
    }

    public CatalogViewModel catalog() {
        return catalogVm;
    }

    public ConnectionsViewModel connections() {
        return connectionsVm;
    }

    public MedallionViewModel medallion() {
        return medallionVm;
    }

    /**
     * A pipeline's table opens in the Catalog at the version its run produced; a run changes the catalog (new
     * tables, new versions), so the other panels read it again when a run ends.
     */
    private void wireMedallion() {
        medallionVm.setOnOpenTable(link -> {
            catalogVm.open(link.table(), link.version());
            shell.show(Panel.CATALOG);
        });
        medallionVm.run().runningProperty().addListener((obs, was, running) -> {
            if (was && !running) {
                shell.catalogChanged();
            }
        });
    }

    /**
     * A Delta table found on storage opens in the Catalog; the workshop's query goes to the SQL panel; local scopes
     * ask their passphrase in a dialog of this window (the engine calls it from a worker thread).
     */
    private void wireConnections(Engine engine, TaskRunner runner) {
        connectionsVm.setOnOpenTable(uri -> {
            catalogVm.openRemote(uri);
            shell.show(Panel.CATALOG);
        });
        connectionsVm.setOnOpenSql(this::openInSql);
        connectionsVm.setOnCatalogChanged(shell::catalogChanged);
        var passphrases = new DialogPassphraseProvider(() -> scene.getWindow());
        // On a worker, as every engine call: even a service getter may wait for the engine.
        runner.submit("Preparing passphrase prompts", ctx -> {
            if (engine.secrets() != null) {
                engine.secrets().setPassphraseProvider(passphrases);
            }
            return passphrases;
        }, p -> { }, errors::show);
    }

    /**
     * One signal for "the catalog changed": the Catalog panel raises it after its own changes, the SQL panel after
     * a statement without result rows (DDL, DML), Home after a sample load; Home and Catalog read the catalog again.
     */
    private void wireCatalogChanges() {
        catalogVm.setOnCatalogChanged(shell::catalogChanged);
        sqlVm.setOnCatalogChanged(shell::catalogChanged);
        homeVm.loadingSamplesProperty().addListener((obs, was, loading) -> {
            if (was && !loading) {
                catalogVm.refresh(); // Home reads the catalog itself after a load
            }
        });
        shell.catalogChangesProperty().addListener((obs, old, now) -> {
            homeVm.refresh();
            catalogVm.refresh();
        });
    }

    private void openInSql(String statement) {
        sqlVm.textProperty().set(statement);
        shell.show(Panel.SQL);
    }

    private void showPanel(Panel panel) {
        Node view = switch (panel) {
            case HOME -> home;
            case CATALOG -> catalog;
            case SQL -> sql;
            case CONNECTIONS -> connections;
            case MEDALLION -> medallion;
        };
        panelHost.getChildren().setAll(view);
        if (panel == Panel.SQL) {
            sqlVm.completion().invalidate(); // another panel may have changed the catalog meanwhile
            sql.focusEditor();
        } else if (panel == Panel.MEDALLION) {
            medallion.focusEditor();
        }
    }

    private void showConsole(boolean visible) {
        if (visible && !centre.getItems().contains(console)) {
            centre.getItems().add(console);
            centre.setDividerPositions(0.72);
        } else if (!visible) {
            centre.getItems().remove(console);
        }
    }

    private Node stoppingOverlay() {
        var spinner = new ProgressIndicator(-1);
        var label = new Label("Stopping engine…");
        label.getStyleClass().add(Styles.TITLE_4);
        var box = new VBox(16, spinner, label);
        box.getStyleClass().add("stopping-overlay");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(shell.closingProperty());
        return box;
    }
}
