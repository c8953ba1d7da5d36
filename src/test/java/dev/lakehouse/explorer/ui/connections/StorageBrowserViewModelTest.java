package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.fake.QueuedTaskRunner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.lakehouse.explorer.ui.connections.ConnectionsFixture.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

class StorageBrowserViewModelTest {
    private final ConnectionsFixture fx = new ConnectionsFixture();

    private StorageBrowserViewModel opened(dev.lakehouse.explorer.ui.common.TaskRunner runner) {
        var panel = new ConnectionsViewModel(fx.engine, runner);
        panel.open(ConnectionsFixture.lake());
        return panel.browser();
    }

    @Test
    void goesIntoFoldersAndBackUpWithTheBreadcrumbFollowing() {
        var browser = opened(new DirectTaskRunner());
        assertThat(browser.currentProperty().get()).isEqualTo(ROOT);
        assertThat(browser.canGoUpProperty().get()).isFalse();

        browser.enter(entry(browser, "tables"));
        browser.enter(entry(browser, "houses"));

        assertThat(browser.currentProperty().get()).isEqualTo(ROOT + "tables/houses/");
        assertThat(browser.crumbs()).extracting(Crumb::label).containsExactly("lake", "tables", "houses");
        assertThat(browser.entries()).extracting(StorageEntry::name).containsExactly("_delta_log");

        browser.up();
        assertThat(browser.currentProperty().get()).isEqualTo(ROOT + "tables/");
        browser.goTo(browser.crumbs().get(0));
        assertThat(browser.currentProperty().get()).isEqualTo(ROOT);
        browser.up();
        assertThat(fx.storage.listed).containsExactly(ROOT, ROOT + "tables/", ROOT + "tables/houses/",
                ROOT + "tables/", ROOT);
    }

    @Test
    void whileTheBrowserShowsEachConnectionSelectedIsListedAtOnce() {
        var panel = new ConnectionsViewModel(fx.engine, new DirectTaskRunner());
        panel.select(ConnectionsFixture.lake());
        assertThat(fx.storage.listed).isEmpty();

        panel.browser().setActive(true);
        panel.select(ConnectionsFixture.lake());

        assertThat(fx.storage.listed).containsExactly(ROOT, ROOT);
        assertThat(panel.browser().entries()).hasSize(3);
    }

    @Test
    void aFileIsNotEnteredAndOnlyADeltaTableOpensInTheCatalog() {
        var browser = opened(new DirectTaskRunner());
        var opened = new ArrayList<String>();
        browser.setOnOpenTable(opened::add);

        browser.enter(entry(browser, "readme.txt"));
        browser.openInCatalog(entry(browser, "raw"));

        assertThat(browser.currentProperty().get()).isEqualTo(ROOT);
        assertThat(opened).isEmpty();
    }

    @Test
    void aFailedListingShowsInline() {
        var browser = opened(new DirectTaskRunner());

        browser.goTo(new Crumb("gone", ROOT + "gone/"));

        assertThat(browser.error().text()).isEqualTo("Nothing at " + ROOT + "gone/.");
        assertThat(browser.loadingProperty().get()).isFalse();
        assertThat(browser.currentProperty().get()).isEqualTo(ROOT);
    }

    @Test
    void anUploadGoesIntoTheFolderShownAndItIsListedAgain() {
        var browser = opened(new DirectTaskRunner());
        browser.enter(entry(browser, "raw"));

        browser.upload(Path.of("/home/me/orders.csv"), false);

        assertThat(fx.storage.uploads).containsExactly("/home/me/orders.csv -> " + ROOT + "raw/orders.csv");
        assertThat(browser.entries()).extracting(StorageEntry::name).containsExactly("houses.csv", "orders.csv");
        assertThat(browser.transfers().noticeProperty().get()).isEqualTo("Uploaded orders.csv (2.0 KiB).");
        assertThat(browser.transfers().runningProperty().get()).isFalse();
    }

    @Test
    void aFolderUploadKeepsTheFoldersName() {
        var browser = opened(new DirectTaskRunner());

        browser.upload(Path.of("/home/me/photos"), true);

        assertThat(fx.storage.uploads).containsExactly("/home/me/photos -> " + ROOT + "photos/");
    }

    @Test
    void anUploadShowsItsProgressAndCancelStopsItThroughTheStorageService() {
        var runner = new QueuedTaskRunner();
        var browser = opened(runner);
        runner.runAll();
        var transfers = browser.transfers();
        List<Double> seen = new ArrayList<>();
        fx.storage.duringTransfer = ctx -> {
            seen.add(transfers.progressProperty().get());
            transfers.cancel(); // the user presses Cancel half-way
        };

        browser.upload(Path.of("/home/me/big.parquet"), false);
        assertThat(transfers.runningProperty().get()).isTrue();
        assertThat(transfers.messageProperty().get()).isEqualTo("Uploading big.parquet");
        String jobId = runner.lastSubmitted().jobId();
        runner.runNext(); // the upload reports 50 %, is cancelled, then the engine's cancel call is queued

        assertThat(seen).containsExactly(0.5);
        assertThat(transfers.runningProperty().get()).isFalse();
        assertThat(transfers.noticeProperty().get()).isEqualTo("Uploading big.parquet was cancelled.");
        runner.runAll();
        assertThat(fx.storage.cancelled).containsExactly(jobId);
        assertThat(transfers.noticeProperty().get()).isEqualTo("Uploading big.parquet was cancelled.");
    }

    @Test
    void aDownloadTakesTheChosenFolder() {
        var browser = opened(new DirectTaskRunner());

        browser.download(entry(browser, "readme.txt"), Path.of("/home/me/Downloads"));

        assertThat(fx.storage.downloads).containsExactly(ROOT + "readme.txt -> /home/me/Downloads");
        assertThat(browser.transfers().noticeProperty().get())
                .isEqualTo("Downloaded readme.txt to /home/me/Downloads (2.0 KiB).");
    }

    private static StorageEntry entry(StorageBrowserViewModel browser, String name) {
        return browser.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
