package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.shell.DesktopApp;
import dev.lakehouse.explorer.ui.shell.MainWindow;
import dev.lakehouse.explorer.ui.shell.Panel;
import javafx.scene.control.TableView;
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
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Catalog on the real engine: a table created through Spark SQL shows in the tree with the metastore's
 * location, and its page reads through the Delta Kernel reader, time travel included.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogRealEngineFxTest {
    private final Preferences prefs = Preferences.userRoot().node("lakehouse-explorer-test-" + UUID.randomUUID());
    private FxTaskRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Engine engine = SharedEngine.unclosable();
        for (String statement : List.of("DROP SCHEMA IF EXISTS catalog_flow CASCADE", "CREATE SCHEMA catalog_flow",
                "CREATE TABLE catalog_flow.items (id INT, name STRING) USING delta",
                "INSERT INTO catalog_flow.items VALUES (1, 'one'), (2, 'two')",
                "INSERT INTO catalog_flow.items VALUES (3, 'three')")) {
            engine.sql().execute(statement, 10, JobContext.silent("catalog flow fixture"));
        }
        runner = new FxTaskRunner(engine.jobs());
        window = DesktopApp.build(stage, engine, runner, prefs);
        window.shell().show(Panel.CATALOG);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        // Closing the runner interrupts its workers, and an interrupt in a metastore call breaks Derby's channels
        // for every later test on the shared engine: let the page's reads finish first.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> runner.centre().tasks().isEmpty());
        runner.close();
        prefs.removeNode();
    }

    @Test
    void aMetastoreTableOpensThroughTheKernelReaderAndTimeTravels(FxRobot robot) throws Exception {
        TreeClicks.openTable(robot, "catalog_flow", "items", 60);

        TableView<?> data = robot.lookup("#table-data").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> data.getItems().size() == 3);
        var page = (TablePageViewModel) window.catalog().pageProperty().get();
        assertThat(page.error().text()).isEmpty();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> page.history().size() == 3);

        robot.interact(() -> page.timeTravel().showVersion(1));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> data.getItems().size() == 2);
        assertThat(page.timeTravel().bannerProperty().get()).startsWith("Showing version 1 of 2 — ");
    }
}
