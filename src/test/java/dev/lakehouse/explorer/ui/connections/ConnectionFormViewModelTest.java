package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionCheck;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import dev.lakehouse.explorer.ui.connections.ConnectionFormViewModel.Field;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionFormViewModelTest {
    private final ConnectionsFixture fx = new ConnectionsFixture();
    private final ConnectionsViewModel panel = new ConnectionsViewModel(fx.engine, new DirectTaskRunner());
    private final ConnectionFormViewModel form = panel.form();

    @Test
    void aNewFormIsSetUpForAzuriteWithTheDefaultEndpoint() {
        panel.newConnection();

        assertThat(form.typeProperty().get()).isEqualTo(ConnectionType.AZURITE);
        assertThat(form.endpointProperty().get()).isEqualTo("http://127.0.0.1:10000/devstoreaccount1");
        assertThat(form.accountProperty().get()).isEqualTo("devstoreaccount1");
        assertThat(form.authChoices()).containsExactly(StorageAuth.KEY, StorageAuth.SAS);
        assertThat(form.showsEndpoint().get()).isTrue();
        assertThat(form.showsFolder().get()).isFalse();
        assertThat(form.showsSecret().get()).isTrue();
    }

    @Test
    void fieldsFollowTheType() {
        panel.newConnection();

        form.typeProperty().set(ConnectionType.ADLS);
        form.authProperty().set(StorageAuth.SERVICE_PRINCIPAL);
        assertThat(form.authChoices()).containsExactly(StorageAuth.KEY, StorageAuth.SAS,
                StorageAuth.SERVICE_PRINCIPAL, StorageAuth.DEFAULT);
        assertThat(form.showsServicePrincipal().get()).isTrue();
        assertThat(form.showsEndpoint().get()).isFalse();

        form.authProperty().set(StorageAuth.DEFAULT);
        assertThat(form.showsSecret().get()).isFalse();

        form.typeProperty().set(ConnectionType.LOCAL);
        assertThat(form.authChoices()).containsExactly(StorageAuth.NONE);
        assertThat(form.authProperty().get()).isEqualTo(StorageAuth.NONE);
        assertThat(form.showsAzureFields().get()).isFalse();
        assertThat(form.showsFolder().get()).isTrue();
        assertThat(form.showsSecret().get()).isFalse();
    }

    @Test
    void aPastedKeyIsFlaggedWithoutEchoingIt() {
        panel.newConnection();

        form.secretProperty().set(ConnectionsFixture.KEY_VALUE);

        String message = form.messageProperty(Field.SECRET).get();
        assertThat(message).startsWith("Use a secret reference, not the key itself");
        assertThat(message).doesNotContain("Eby8").doesNotContain(ConnectionsFixture.KEY_VALUE);

        form.secretProperty().set("{{secrets/class/storage-key}}");
        assertThat(form.messageProperty(Field.SECRET).get()).isEmpty();
    }

    @Test
    void formatProblemsShowAsYouTypeAndMissingFieldsOnlyOnSave() {
        panel.newConnection();
        form.containerProperty().set("Bad_Name");
        form.endpointProperty().set("127.0.0.1:10000");
        assertThat(form.messageProperty(Field.CONTAINER).get())
                .isEqualTo("A container name is 3 to 63 lowercase letters, digits and single hyphens.");
        assertThat(form.messageProperty(Field.ENDPOINT).get()).isEqualTo("The endpoint is a URL: http://host:port/account.");
        assertThat(form.messageProperty(Field.NAME).get()).isEmpty();

        form.save();

        assertThat(form.messageProperty(Field.NAME).get()).isEqualTo("Give the connection a name.");
        assertThat(form.messageProperty(Field.SECRET).get()).isEqualTo("Pick the secret that holds the credential.");
        assertThat(fx.connections.added).isEmpty();
    }

    @Test
    void saveAddsExactlyTheFieldsItsTypeUses() {
        panel.newConnection();
        form.nameProperty().set(" adls-prod ");
        form.typeProperty().set(ConnectionType.ADLS);
        form.accountProperty().set("contosolake");
        form.containerProperty().set("bronze");
        form.endpointProperty().set("http://ignored");
        form.authProperty().set(StorageAuth.SERVICE_PRINCIPAL);
        form.secretProperty().set("{{secrets/class/sp-secret}}");
        form.tenantProperty().set("tenant-1");
        form.clientIdProperty().set("client-1");

        form.save();

        assertThat(fx.connections.added).containsExactly(new Connection("adls-prod", ConnectionType.ADLS,
                "contosolake", "bronze", null, StorageAuth.SERVICE_PRINCIPAL, "{{secrets/class/sp-secret}}",
                "tenant-1", "client-1"));
        assertThat(form.savedProperty().get().name()).isEqualTo("adls-prod");
        assertThat(panel.connections()).extracting(Connection::name).containsExactly("adls-prod", "lake");
        assertThat(panel.selectedProperty().get()).isEqualTo(form.savedProperty().get());
    }

    @Test
    void aLocalFolderKeepsOnlyItsFolder() {
        panel.newConnection();
        form.nameProperty().set("here");
        form.typeProperty().set(ConnectionType.LOCAL);
        form.folderProperty().set("/data/lake");
        form.secretProperty().set("left over");

        form.save();

        assertThat(fx.connections.added).containsExactly(new Connection("here", ConnectionType.LOCAL, null, null,
                "/data/lake", StorageAuth.NONE, null, null, null));
    }

    @Test
    void aTakenNameIsRefusedInline() {
        panel.newConnection();
        form.nameProperty().set("lake");
        form.containerProperty().set("other");
        form.secretProperty().set("{{secrets/class/storage-key}}");

        form.save();

        assertThat(form.error().text()).isEqualTo("A connection named 'lake' exists already.");
        assertThat(form.savedProperty().get()).isNull();
        assertThat(form.busyProperty().get()).isFalse();
    }

    @Test
    void testResultsBecomeRows() {
        panel.refresh();
        panel.select(ConnectionsFixture.lake());
        fx.connections.checks = List.of(new ConnectionCheck("endpoint", true, "127.0.0.1:10000 answers"),
                new ConnectionCheck("credential", false, "The account key is refused."));

        form.test();

        assertThat(fx.connections.tested).containsExactly("lake");
        assertThat(form.tester().rows()).containsExactly(new CheckRow("Endpoint", true, "127.0.0.1:10000 answers"),
                new CheckRow("Credential", false, "The account key is refused."));
        assertThat(form.tester().summaryProperty().get()).isEqualTo("Stopped at a failed check (1 of 2 passed).");
        assertThat(form.tester().runningProperty().get()).isFalse();
    }

    @Test
    void aPassingTestSaysSo() {
        panel.select(ConnectionsFixture.lake());

        form.test();

        assertThat(form.tester().rows()).hasSize(3).allMatch(CheckRow::ok);
        assertThat(form.tester().summaryProperty().get()).isEqualTo("All 3 checks passed.");
    }

    @Test
    void removeAsksFirstAndDoesNothingUntilConfirmed() {
        panel.refresh();
        panel.select(ConnectionsFixture.lake());

        form.remove();

        assertThat(panel.question().questionProperty().get().header()).isEqualTo("Remove connection 'lake'?");
        assertThat(fx.connections.removed).isEmpty();

        panel.question().dismiss();
        assertThat(fx.connections.removed).isEmpty();
        assertThat(panel.question().questionProperty().get()).isNull();

        form.remove();
        panel.question().confirm();
        assertThat(fx.connections.removed).containsExactly("lake");
        assertThat(panel.connections()).isEmpty();
        assertThat(panel.detailProperty().get()).isEqualTo(ConnectionsViewModel.Detail.NONE);
    }

    @Test
    void thePickerListsScopesAndKeysAndWritesAReference() {
        fx.secrets.withLocalScope("team", "sas");
        fx.secrets.unlocked.remove("team");
        panel.newConnection();

        form.picker().load();

        assertThat(form.picker().scopes()).containsExactly(new ScopeKeys("class", false, List.of("storage-key")),
                new ScopeKeys("team", true, List.of()));
        form.picker().unlock("team");
        assertThat(form.picker().scopes().get(1)).isEqualTo(new ScopeKeys("team", false, List.of("sas")));
        form.picker().pick("team", "sas");
        assertThat(form.secretProperty().get()).isEqualTo("{{secrets/team/sas}}");
        assertThat(fx.secrets.calls).noneMatch(c -> c.startsWith("value"));
    }
}
