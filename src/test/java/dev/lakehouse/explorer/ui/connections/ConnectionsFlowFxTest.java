package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.shell.DesktopApp;
import dev.lakehouse.explorer.ui.shell.MainWindow;
import dev.lakehouse.explorer.ui.shell.Panel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Connections panel through the real window, on fakes: create, test, browse; the passphrase dialog. */
@ExtendWith(ApplicationExtension.class)
class ConnectionsFlowFxTest {
    private final ConnectionsFixture fx = new ConnectionsFixture();
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
    void createAConnectionTestItAndBrowseIntoAFolder(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(window.shell().panelProperty().get()).isEqualTo(Panel.CONNECTIONS);
        ListView<?> list = robot.lookup("#connections-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 4); // 2 headers, lake, class

        robot.clickOn("#connections-new");
        robot.clickOn("#connection-name").write("classroom");
        robot.clickOn("#connection-container").write("lakehouse");
        robot.clickOn("#connection-secret").write("not-a-reference");
        assertThat(messageUnder(robot, "#connection-secret")).startsWith("Use a secret reference, not the key itself");
        robot.interact(() -> window.connections().form().secretProperty().set(""));
        robot.clickOn("#connection-secret-picker");
        robot.clickOn(menuEntry(robot, "class")); // not the scope of the same name in the list
        robot.clickOn(menuEntry(robot, "storage-key"));
        assertThat(robot.lookup("#connection-secret").queryTextInputControl().getText())
                .isEqualTo("{{secrets/class/storage-key}}");
        robot.clickOn("#connection-save");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx.connections.added.size() == 1);
        assertThat(fx.connections.added.get(0).name()).isEqualTo("classroom");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 5);
        assertThat(list.getSelectionModel().getSelectedItem()).isInstanceOf(Connection.class);

        robot.clickOn("#connection-test");
        VBox checks = robot.lookup("#connection-checks").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> checks.getChildren().size() == 3);
        assertThat(robot.lookup("#connection-test-summary").queryAs(Label.class).getText())
                .isEqualTo("All 3 checks passed.");
        assertThat(robot.from(checks).lookup(".check-ok").queryAll()).hasSize(3);

        robot.clickOn("#connection-tab-browse");
        TableView<StorageEntry> table = robot.lookup("#storage-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.doubleClickOn(row(robot, "raw"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).name().equals("houses.csv"));
        assertThat(robot.lookup("#storage-crumbs .hyperlink").queryAll()).hasSize(2);
        robot.clickOn(row(robot, "houses.csv")).type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
    }

    @Test
    void enterOpensAConnectionOnItsStorageAndADeltaTableOpensInTheCatalog(FxRobot robot) throws Exception {
        robot.clickOn("#nav-connections");
        ListView<?> list = robot.lookup("#connections-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        robot.clickOn("lake").type(KeyCode.ENTER);

        TableView<StorageEntry> table = robot.lookup("#storage-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.doubleClickOn(row(robot, "tables"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn(row(robot, "houses"));
        assertThat(robot.lookup(".delta-badge").queryAll()).hasSize(1);
        robot.clickOn("#storage-open-catalog");

        assertThat(window.shell().panelProperty().get()).isEqualTo(Panel.CATALOG);
        assertThat(window.catalog().pageProperty().get()).isNotNull();
    }

    @Test
    void deleteOnAnItemAsksAndCancelKeepsIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.shell().show(Panel.CONNECTIONS));
        ListView<?> list = robot.lookup("#connections-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        robot.clickOn("lake").type(KeyCode.DELETE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#connections-confirm").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#connections-confirm").<Node>query()).lookup("Cancel").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.connections.removed).isEmpty();

        robot.clickOn("lake").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#connections-confirm").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#connections-confirm .button").match(n -> "Remove".equals(((Button) n).getText()))
                .queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx.connections.removed.contains("lake"));
    }

    @Test
    void thePassphraseDialogAsksTwiceOnAWorkerThreadAndCancelFails(FxRobot robot) throws Exception {
        var provider = new DialogPassphraseProvider(() -> null);
        var answer = CompletableFuture.supplyAsync(() -> new String(provider.passphrase("course", true)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#passphrase-field").tryQuery().isPresent());
        robot.clickOn("#passphrase-field").write("short");
        assertThat(robot.lookup("#passphrase-problem").queryAs(Label.class).getText()).isEqualTo("At least 8 characters.");
        robot.write("-but-long");
        robot.clickOn("#passphrase-repeat").write("short-but-lonG");
        assertThat(robot.lookup("#passphrase-problem").queryAs(Label.class).getText()).isEqualTo("The two passphrases differ.");
        robot.type(KeyCode.BACK_SPACE).write("g");
        robot.clickOn(dialogButton(robot, "Create"));
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("short-but-long");

        var cancelled = CompletableFuture.supplyAsync(() -> provider.passphrase("course", false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#passphrase-repeat").tryQuery().isEmpty()
                && robot.lookup("#passphrase-field").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn(dialogButton(robot, "Cancel"));
        assertThatThrownBy(() -> cancelled.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SecretException.class)
                .hasMessage("Passphrase entry cancelled for scope 'course'.");
    }

    private static Node row(FxRobot robot, String name) {
        return robot.lookup("#storage-table .table-row-cell").match(n -> n instanceof TableRow<?> r
                && r.getItem() instanceof StorageEntry e && e.name().equals(name)).query();
    }

    private static Node dialogButton(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#passphrase-dialog .button")
                .match(n -> n instanceof Button b && text.equals(b.getText()) && b.isVisible()).tryQuery().isPresent());
        return robot.lookup("#passphrase-dialog .button").match(n -> n instanceof Button b && text.equals(b.getText()))
                .query();
    }

    private static Node menuEntry(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").match(n -> n instanceof Label l && text.equals(l.getText())).query();
    }

    /** The inline message shown under a form field. */
    private static String messageUnder(FxRobot robot, String fieldId) {
        Node field = robot.lookup(fieldId).query();
        Node row = field;
        while (!(row instanceof FormRow)) {
            row = row.getParent();
        }
        return robot.from(row).lookup(".field-message").queryAs(Label.class).getText();
    }
}
