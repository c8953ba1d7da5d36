package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.shell.DesktopApp;
import dev.lakehouse.explorer.ui.shell.MainWindow;
import dev.lakehouse.explorer.ui.shell.Panel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Open the Catalog, select a table, see its rows, then time-travel from the History tab to version 0. */
@ExtendWith(ApplicationExtension.class)
class CatalogFlowFxTest {
    private final CatalogFixture fx = new CatalogFixture();
    private final Preferences prefs = Preferences.userRoot().node("lakehouse-explorer-test-" + UUID.randomUUID());
    private FxTaskRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(fx.engine.jobs());
        window = DesktopApp.build(stage, fx.engine, runner, prefs);
        window.shell().show(Panel.HOME);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        runner.close();
        prefs.removeNode();
    }

    @Test
    void selectATableSeeItsRowsAndTimeTravelFromItsHistory(FxRobot robot) throws Exception {
        robot.clickOn("#nav-catalog");
        TreeView<?> tree = robot.lookup("#catalog-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == 3);

        robot.clickOn("silver");
        robot.type(KeyCode.RIGHT); // opens the schema, which reads its tables
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".catalog-managed").queryAll().size() == 2);
        robot.clickOn(robot.lookup(".tree-cell").match(n -> n instanceof Labeled l && "orders".equals(l.getText())).queryLabeled());

        TableView<?> data = robot.lookup("#table-data").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> data.getItems().size() == 200);
        assertThat(data.getItems().get(0)).isEqualTo(List.of(1L, "order 1", 1.5));
        Label count = robot.lookup("#table-row-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "250 rows".equals(count.getText()));
        assertThat(robot.lookup("#table-timetravel-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#table-data-load-more").tryQuery()).isPresent();

        robot.clickOn("#table-tab-history");
        TableView<?> history = robot.lookup("#table-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> history.getItems().size() == 3);
        robot.doubleClickOn(versionRow(robot, 0));

        Node banner = robot.lookup("#table-timetravel-banner").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, banner::isVisible);
        assertThat(robot.lookup("#table-timetravel-banner .banner-text").queryAs(Label.class).getText())
                .startsWith("Showing version 0 of 2 — 2026-11-20");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> data.getItems().size() == 3);

        robot.clickOn("#table-back-to-latest");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !banner.isVisible() && data.getItems().size() == 200);
    }

    @Test
    void openInSqlPutsTheShownVersionIntoTheSqlPanel(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.shell().show(Panel.CATALOG);
            window.catalog().openTable("silver.orders", fx.orders.ref());
        });
        robot.clickOn("#table-tab-timetravel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> ((TablePageViewModel) window.catalog().pageProperty().get()).history().size() == 3);
        robot.interact(() -> ((TablePageViewModel) window.catalog().pageProperty().get()).timeTravel().showVersion(1));

        robot.clickOn("#table-open-sql");

        assertThat(window.shell().panelProperty().get()).isEqualTo(Panel.SQL);
        assertThat(window.sql().textProperty().get()).isEqualTo("SELECT * FROM silver.orders VERSION AS OF 1");
    }

    @Test
    void aTableCreatedInTheSqlPanelAppearsInTheCatalog(FxRobot robot) throws Exception {
        robot.interact(() -> window.catalog().expand(window.catalog().schemas().get(2)));
        var silver = window.catalog().schemas().get(2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> silver.visibleTables().size() == 2);

        robot.interact(() -> {
            window.sql().textProperty().set("CREATE TABLE silver.returns (id int)");
            window.sql().run();
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> silver.visibleTables().size() == 3);
    }

    private static Node versionRow(FxRobot robot, long version) {
        return robot.lookup(".history-table .table-row-cell").match(n -> n instanceof TableRow<?> row
                && row.getItem() instanceof TableVersion v && v.version() == version).query();
    }
}
