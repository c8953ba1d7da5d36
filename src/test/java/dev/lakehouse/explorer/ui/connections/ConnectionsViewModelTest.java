package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.connections.ConnectionsViewModel.Detail;
import dev.lakehouse.explorer.ui.fake.FakeEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionsViewModelTest {
    private final ConnectionsFixture fx = new ConnectionsFixture();
    private final ConnectionsViewModel vm = new ConnectionsViewModel(fx.engine, new DirectTaskRunner());

    @Test
    void listsConnectionsAndScopes() {
        vm.refresh();

        assertThat(vm.connections()).extracting(Connection::name).containsExactly("lake");
        assertThat(vm.scopes()).extracting(ScopeDefinition::name).containsExactly("class");
        assertThat(vm.detailProperty().get()).isEqualTo(Detail.NONE);
    }

    @Test
    void selectingShowsTheConnectionReadOnlyWithoutListingItsStorageYet() {
        vm.select(ConnectionsFixture.lake());

        assertThat(vm.detailProperty().get()).isEqualTo(Detail.CONNECTION);
        assertThat(vm.form().savedProperty().get()).isEqualTo(ConnectionsFixture.lake());
        assertThat(vm.form().nameProperty().get()).isEqualTo("lake");
        assertThat(fx.storage.listed).isEmpty();
    }

    @Test
    void openingAConnectionListsItsRoot() {
        vm.open(ConnectionsFixture.lake());

        assertThat(fx.storage.listed).containsExactly(ConnectionsFixture.ROOT);
        assertThat(vm.browser().entries()).hasSize(3);
    }

    @Test
    void deletingAScopeAsksAndSaysItsFileGoesNothingHappensUntilConfirmed() {
        vm.refresh();
        var scope = vm.scopes().get(0);

        vm.delete(scope);

        var question = vm.question().questionProperty().get();
        assertThat(question.header()).isEqualTo("Delete scope 'class'?");
        assertThat(question.text()).contains("encrypted file is deleted");
        assertThat(fx.secrets.calls).noneMatch(c -> c.startsWith("deleteScope"));

        vm.question().confirm();

        assertThat(fx.secrets.calls).contains("deleteScope class");
        assertThat(vm.scopes()).isEmpty();
        assertThat(vm.detailProperty().get()).isEqualTo(Detail.NONE);
    }

    @Test
    void deletingAConnectionFromTheListAsksFirst() {
        vm.refresh();

        vm.delete(vm.connections().get(0));

        assertThat(vm.question().questionProperty().get().yesLabel()).isEqualTo("Remove");
        assertThat(fx.connections.removed).isEmpty();
        vm.question().confirm();
        assertThat(fx.connections.removed).containsExactly("lake");
    }

    @Test
    void anEngineWithoutConnectionServicesSaysSoInline() {
        var bare = new ConnectionsViewModel(FakeEngine.ready(), new DirectTaskRunner());

        bare.refresh();

        assertThat(bare.error().text()).isEqualTo("Connections are not available in this engine.");
    }

    @Test
    void aTableOnStorageOpensThroughTheCallback() {
        var opened = new java.util.ArrayList<String>();
        vm.setOnOpenTable(opened::add);
        vm.open(ConnectionsFixture.lake());
        vm.browser().enter(vm.browser().entries().get(1)); // tables/

        vm.browser().openInCatalog(vm.browser().entries().get(0));

        assertThat(opened).containsExactly(ConnectionsFixture.ROOT + "tables/houses");
    }

    @Test
    void exportSaysHowManyAndImportAddsAndRereadsOrShowsItsErrorInline() {
        vm.refresh();
        vm.exportTo(java.nio.file.Path.of("/tmp/class set.json"));
        assertThat(fx.connections.exported).isEqualTo(java.nio.file.Path.of("/tmp/class set.json"));
        assertThat(vm.noticeProperty().get()).startsWith("Exported " + vm.connections().size() + " connection")
                .contains("class set.json");

        fx.connections.importFailure = new dev.lakehouse.explorer.engine.StorageException(
                "Cannot import: a connection named 'lake' already exists (nothing was imported).");
        vm.importFrom(java.nio.file.Path.of("/tmp/other.json"));
        assertThat(vm.error().text()).contains("nothing was imported");
        assertThat(vm.noticeProperty().get()).isEmpty();
    }
}
