package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.delta.VersionDiff.RowChange;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.spark.SharedEngine;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.shell.DesktopApp;
import dev.lakehouse.explorer.ui.shell.MainWindow;
import dev.lakehouse.explorer.ui.shell.Panel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
 * The Catalog's flows that change or compare versions, clicked through on the real engine: the history after
 * changes made in the SQL panel and an earlier version shown from it, Compare versions (counts, changed cells, the
 * key suggested by a MERGE), the VACUUM dry run and VACUUM, and RESTORE with its confirmation. Each test builds one
 * small table of its own in the schema {@code maint_flow}; rows are read compute-free, so most of the time goes to
 * Spark's own work (the writes, diff, VACUUM, RESTORE).
 */
@ExtendWith(ApplicationExtension.class)
class CatalogMaintenanceFxTest {
    private static final String SCHEMA = "maint_flow";
    private static final int WAIT = 60;
    private final Preferences prefs = Preferences.userRoot().node("lakehouse-explorer-test-" + UUID.randomUUID());
    private Engine engine;
    private FxTaskRunner runner;
    private MainWindow window;

    @BeforeAll
    static void schema() {
        sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        sql("CREATE SCHEMA " + SCHEMA);
    }

    @Start
    void start(Stage stage) {
        engine = SharedEngine.unclosable();
        runner = new FxTaskRunner(engine.jobs());
        window = DesktopApp.build(stage, engine, runner, prefs);
        window.shell().show(Panel.CATALOG);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        // The page's reads and counts deliver to this window: let them land before the next test builds its own.
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> runner.centre().tasks().isEmpty());
        runner.close();
        prefs.removeNode();
    }

    @Test
    void theHistoryShowsChangesMadeInTheSqlPanelAndAnEarlierVersionCanBeShown(FxRobot robot) throws Exception {
        sql("CREATE TABLE " + SCHEMA + ".notes (id INT, text STRING) USING delta");
        openFromTree(robot, "notes");
        robot.clickOn("#table-tab-history");
        TableView<?> history = robot.lookup("#table-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> history.getItems().size() == 1);

        robot.clickOn("#nav-sql");
        runInSqlPanel(robot, "INSERT INTO maint_flow.notes VALUES (1, 'one'), (2, 'two');\n"
                + "UPDATE maint_flow.notes SET text = 'TWO' WHERE id = 2");
        robot.clickOn("#nav-catalog");

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> history.getItems().size() == 3);
        assertThat(rows(history)).extracting(v -> ((TableVersion) v).operation())
                .containsExactly("UPDATE", "WRITE", "CREATE TABLE");
        TableView<?> data = robot.lookup("#table-data").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rows(data).contains(List.of(2, "TWO")));
        assertThat(rows(data)).containsExactlyInAnyOrder(List.of(1, "one"), List.of(2, "TWO"));

        robot.doubleClickOn(robot.lookup("#table-history .table-row-cell").match(n -> n instanceof TableRow<?> row
                && row.getItem() instanceof TableVersion v && v.version() == 1).<Node>query());
        Label banner = robot.lookup("#table-timetravel-banner .banner-text").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rows(data).contains(List.of(2, "two")));
        assertThat(banner.getText()).startsWith("Showing version 1 of 2 — ");
        assertThat(rows(data)).containsExactlyInAnyOrder(List.of(1, "one"), List.of(2, "two"));
    }

    @Test
    void compareVersionsCountsRowsAndHighlightsChangedCellsByTheKeyOfAMerge(FxRobot robot) throws Exception {
        String t = SCHEMA + ".prices";
        sql("CREATE TABLE " + t + " USING delta AS SELECT * FROM VALUES (1, 'tea', 3), (2, 'coffee', 4), (3, 'cocoa', 5)"
                + " AS v(id, item, price)");
        sql("MERGE INTO " + t + " AS p USING (SELECT * FROM VALUES (2, 'coffee', 6), (3, 'cocoa', 5), (4, 'juice', 7)"
                + " AS s(id, item, price)) s ON p.id = s.id WHEN MATCHED AND s.id = 3 THEN DELETE"
                + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");
        open(robot, t);

        robot.clickOn("#table-tab-compare");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> ticked(robot).equals(List.of("id")));
        assertThat(robot.lookup("Key suggested by the table's MERGE history").tryQuery()).isPresent();
        assertThat(robot.lookup("#table-compare-keys").queryListView().getItems()).containsExactly("id", "item", "price");

        pick(robot, "#table-compare-from", "1"); // newest against oldest: the diff reads backwards
        pick(robot, "#table-compare-to", "0");
        robot.clickOn("#table-compare-run");

        Label summary = robot.lookup("#table-compare-summary").queryAs(Label.class);
        TableView<?> grid = robot.lookup("#table-diff-grid").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> grid.getItems().size() == 3
                && !robot.lookup("#table-diff-grid .diff-changed").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.getText()).startsWith("1 added · 1 removed · 1 changed — compared by ");
        assertThat(cells(robot, ".diff-changed")).containsExactly("6 → 4");
        assertThat(cells(robot, ".diff-added")).containsExactly("added");
        assertThat(cells(robot, ".diff-removed")).containsExactly("removed");
        assertThat(rows(grid)).extracting(r -> ((RowChange) r).kind() + " " + idOf((RowChange) r))
                .containsExactlyInAnyOrder("ADDED 3", "REMOVED 4", "CHANGED 2");
    }

    @Test
    void theVacuumDryRunListsFilesAndTheVersionsThatStopBeingReadable(FxRobot robot) throws Exception {
        String t = SCHEMA + ".events";
        // A table retention of 0 hours lets VACUUM take files removed a moment ago with Delta's safety check on.
        sql("CREATE TABLE " + t + " USING delta TBLPROPERTIES (delta.deletedFileRetentionDuration = 'interval 0 hours')"
                + " AS SELECT 1 AS id");
        sql("INSERT OVERWRITE " + t + " VALUES (2)");
        open(robot, t);

        robot.clickOn("#table-tab-maintenance");
        robot.clickOn("#table-vacuum-dryrun"); // retention left blank: the table's own

        Label summary = robot.lookup("#table-vacuum-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> summary.isVisible() && !summary.getText().isEmpty());
        assertThat(summary.getText()).startsWith("VACUUM will delete 1 file (")
                .endsWith("no longer referenced for more than 0 hours. Version 0 will no longer be readable"
                        + " (time travel to it stops working).");
        assertThat(robot.lookup("#table-vacuum-files").queryListView().getItems())
                .singleElement().asString().startsWith("part-").endsWith(".parquet");

        robot.clickOn("#table-vacuum-run");
        Label notice = robot.lookup("#table-maintenance-notice .banner-text").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> notice.getText().startsWith("VACUUM deleted"));
        assertThat(notice.getText()).startsWith("VACUUM deleted 1 file (");
        assertThat(robot.lookup("#table-maintenance-sections #table-maintenance-notice").tryQuery())
                .as("the result shows above the scrolling sections").isEmpty();
        robot.clickOn("#table-tab-history");
        TableView<?> history = robot.lookup("#table-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> history.getItems().size() == 4); // + VACUUM START, END
        assertThat(rows(history)).filteredOn(v -> !((TableVersion) v).readable())
                .extracting(v -> ((TableVersion) v).version()).containsExactly(0L);
    }

    @Test
    void restoreConfirmsWhatWillChangeThenShowsTheRestoreCommitAndTheRestoredRows(FxRobot robot) throws Exception {
        String t = SCHEMA + ".shelves";
        sql("CREATE TABLE " + t + " USING delta AS SELECT * FROM VALUES (1), (2), (3) AS v(id)");
        sql("CREATE OR REPLACE TABLE " + t + " USING delta AS SELECT * FROM VALUES (1, 'a'), (2, 'b'), (3, 'c'),"
                + " (4, 'x'), (5, 'y') AS v(id, note)");
        open(robot, t);

        robot.clickOn("#table-tab-maintenance");
        pick(robot, "#table-restore-version", "0");
        robot.clickOn("#table-restore");

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Restore to version 0?");
        assertThat(dialog.getContentText()).contains("Rows: 5 now → 3 after.", "Schema: − note removed.",
                "RESTORE commits a new version after 1");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> "Restore".equals(((Button) b).getText()))
                .queryButton());

        Label notice = robot.lookup("#table-maintenance-notice .banner-text").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !notice.getText().isEmpty());
        assertThat(notice.getText()).isEqualTo("Restored to version 0 as new version 2.");
        assertThat(robot.lookup("#table-restore").queryButton().isDisabled()).isFalse();
        robot.clickOn("#table-tab-history");
        TableView<?> history = robot.lookup("#table-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> history.getItems().size() == 3);
        assertThat(rows(history)).extracting(v -> ((TableVersion) v).version() + " " + ((TableVersion) v).operation())
                .startsWith("2 RESTORE");
        robot.clickOn("#table-tab-data");
        TableView<?> data = robot.lookup("#table-data").queryAs(TableView.class);
        Label count = robot.lookup("#table-row-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> data.getItems().size() == 3 && "3 rows".equals(count.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#table-data .column-name").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("id");
        assertThat(rows(data)).containsExactlyInAnyOrder(List.of(1), List.of(2), List.of(3));
    }

    // ---- the robot's steps ----

    private void openFromTree(FxRobot robot, String table) throws Exception {
        TreeClicks.openTable(robot, SCHEMA, table, WAIT);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> page() != null && !page().history().isEmpty());
    }

    private void runInSqlPanel(FxRobot robot, String script) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !robot.lookup("#sql-run").queryButton().isDisabled());
        robot.interact(() -> window.sql().textProperty().set(script));
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !robot.lookup("#sql-run").queryButton().isDisabled());
        assertThat(window.sql().error().text()).isEmpty();
    }

    /** Opens a combo box and clicks the item with this text. */
    private static void pick(FxRobot robot, String comboId, String item) throws Exception {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(".combo-box-popup .list-cell")
                .match(n -> item.equals(((ListCell<?>) n).getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> item.equals(((ListCell<?>) n).getText()))
                .<Node>query());
    }

    /** The key columns whose check box is ticked. */
    private static List<String> ticked(FxRobot robot) {
        return robot.lookup("#table-compare-keys .list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getGraphic() instanceof CheckBox box && box.isSelected())
                .map(ListCell::getText).toList();
    }

    /** Opens a table's page by its metastore name (the first test opens one from the tree). */
    private void open(FxRobot robot, String name) throws Exception {
        robot.interact(() -> window.catalog().openTable(name, null));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> page() != null && !page().history().isEmpty());
    }

    /** A grid's items, copied on the FX thread (which changes them). */
    private static List<Object> rows(TableView<?> grid) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.<Object>copyOf(grid.getItems())).get();
    }

    /** The text of the diff grid's cells carrying this style class. */
    private static List<String> cells(FxRobot robot, String styleClass) {
        return robot.lookup("#table-diff-grid " + styleClass).queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).toList();
    }

    private static Object idOf(RowChange change) {
        return (change.kind() == RowChange.Kind.REMOVED ? change.before() : change.after()).get("id");
    }

    private TablePageViewModel page() {
        return window.catalog().pageProperty().get() instanceof TablePageViewModel p ? p : null;
    }

    private static void sql(String statement) {
        SharedEngine.get().sql().execute(statement, 10, JobContext.silent("maintenance flow fixture"));
    }
}
