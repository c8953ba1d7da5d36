package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import dev.lakehouse.explorer.ui.fake.FakePipelineService;
import dev.lakehouse.explorer.ui.shell.DesktopApp;
import dev.lakehouse.explorer.ui.shell.MainWindow;
import dev.lakehouse.explorer.ui.shell.Panel;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The Medallion panel through the real window, on a fake pipeline service: open a spec, run it, read the report. */
@ExtendWith(ApplicationExtension.class)
class MedallionFlowFxTest {
    private final FakeEngine engine = FakeEngine.ready();
    private final FakePipelineService pipelines = new FakePipelineService();
    private final Preferences prefs = Preferences.userRoot().node("lakehouse-explorer-test-" + UUID.randomUUID());
    private Path workspace;
    private Path spec;
    private FxTaskRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        workspace = Files.createTempDirectory("medallion-flow");
        spec = Files.createDirectories(workspace.resolve("pipelines")).resolve("orders.yaml");
        Files.writeString(spec, MedallionFixture.ORDERS);
        engine.workspace = workspace;
        engine.pipelines = pipelines;
        pipelines.counts.put("silver_orders", new long[] {120, 100, 8, 12});
        pipelines.expectationFailures.put("id_present", 12L);
        runner = new FxTaskRunner(engine.jobs());
        window = DesktopApp.build(stage, engine, runner, prefs);
        window.shell().show(Panel.HOME);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException, IOException {
        runner.close();
        prefs.removeNode();
        try (var files = Files.walk(workspace)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void openASpecRunItWatchTheLineageTurnGreenAndReadTheCounts(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(window.shell().panelProperty().get()).isEqualTo(Panel.MEDALLION);
        assertThat(robot.lookup("#medallion-start-new").tryQuery()).isPresent();

        robot.interact(() -> window.medallion().open(spec));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#lineage-silver_orders").tryQuery().isPresent());
        assertThat(robot.lookup("#medallion-title").queryAs(Label.class).getText()).isEqualTo("orders.yaml");
        assertThat(robot.lookup("#lineage-gold_revenue").query().getStyleClass()).contains("status-never-run");
        assertThat(robot.lookup("#medallion-resume").query().isVisible()).isFalse();

        robot.clickOn("#medallion-run");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#lineage-gold_revenue").tryQuery()
                .map(n -> n.getStyleClass().contains("status-succeeded")).orElse(false));
        for (String step : new String[] {"bronze_orders", "silver_orders", "gold_revenue"}) {
            assertThat(robot.lookup("#lineage-" + step).query().getStyleClass()).as(step).contains("status-succeeded");
        }
        assertThat(robot.lookup("#edge-bronze_orders-silver_orders").queryAs(Label.class).getText()).isEqualTo("120 rows");
        assertThat(robot.lookup("#quarantine-silver_orders").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("12 quarantined");

        robot.clickOn("#medallion-tab-report");
        TableView<StepReport> steps = robot.lookup("#report-steps").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> steps.getItems().size() == 3);
        StepReport silver = steps.getItems().get(1);
        assertThat(silver.rowsRead()).isEqualTo(120);
        assertThat(silver.rowsWritten()).isEqualTo(100);
        assertThat(silver.rowsDropped()).isEqualTo(8);
        assertThat(silver.rowsQuarantined()).isEqualTo(12);
        assertThat(robot.lookup("#report-quarantine-silver_orders").tryQuery()).isPresent();
        TableView<ExpectationOutcome> rules = robot.lookup("#report-expectations").queryTableView();
        assertThat(rules.getItems()).extracting(ExpectationOutcome::failed).containsExactly(12L);
        ListView<?> runs = robot.lookup("#report-runs").queryListView();
        assertThat(runs.getItems()).hasSize(1);
        assertThat(robot.lookup("#report-summary").queryAs(Label.class).getText()).startsWith("Run run-0001 · succeeded");
        if (System.getenv("MEDALLION_SHOTS") != null) {
            shot(robot, "report");
            robot.clickOn("#medallion-tab-lineage");
            shot(robot, "lineage");
            robot.clickOn("#lineage-silver_orders");
            robot.clickOn("#medallion-tab-step");
            shot(robot, "form");
        }
    }

    private void shot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        var pixels = new java.util.concurrent.atomic.AtomicReference<dev.lakehouse.explorer.ui.common.PngWriter.Pixels>();
        robot.interact(() -> pixels.set(dev.lakehouse.explorer.ui.common.NodeSnapshot.pixels(
                window.scene().getRoot())));
        dev.lakehouse.explorer.ui.common.PngWriter.write(pixels.get(),
                Path.of(System.getenv("MEDALLION_SHOTS")).resolve(name + ".png"));
    }

    @Test
    void aProblemIsMarkedAtItsLineAndTheFormFollowsTheCaret(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.shell().show(Panel.MEDALLION);
            window.medallion().open(spec);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#lineage-silver_orders").tryQuery().isPresent());

        robot.interact(() -> window.medallion().editor().textProperty()
                .set(MedallionFixture.ORDERS.replace("    target: gold.revenue", "    targt: gold.revenue")));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#problem-marker-18").tryQuery().isPresent());
        ListView<ProblemItem> problems = robot.lookup("#medallion-problems").queryListView();
        assertThat(problems.getItems()).extracting(ProblemItem::line).contains(18);
        assertThat(robot.lookup("#medallion-title").queryAs(Label.class).getText()).isEqualTo("orders.yaml •");

        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // past the editor's typing pause: no redraw under the click
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lineage-silver_orders");
        robot.clickOn("#medallion-tab-step");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "silver.orders".equals(
                robot.lookup("#step-target").queryTextInputControl().getText()));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "orders.yaml".equals(
                robot.lookup("#medallion-title").queryAs(Label.class).getText()));
        assertThat(Files.readString(spec)).contains("targt: gold.revenue");
    }
}
