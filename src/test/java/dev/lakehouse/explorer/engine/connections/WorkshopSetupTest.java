package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.SecretException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopSetupTest {
    private final WorkshopSetupFakes.Secrets secrets = new WorkshopSetupFakes.Secrets();
    private final WorkshopSetupFakes.Connections connections = new WorkshopSetupFakes.Connections();
    private final WorkshopSetupFakes.Sql sql = new WorkshopSetupFakes.Sql();
    private final WorkshopSetup setup = new WorkshopSetup(secrets, connections, sql);

    @Test
    void createsTheLocalScopeThroughThePassphraseProvider() {
        var asked = new java.util.ArrayList<String>();
        secrets.provider = (scope, creating) -> {
            asked.add(scope + " creating=" + creating);
            return "passphrase".toCharArray();
        };

        var result = setup.createScope();

        assertThat(result.ok()).isTrue();
        assertThat(result.message()).isEqualTo("Created the local scope 'workshop'.");
        assertThat(asked).containsExactly("workshop creating=true");
    }

    @Test
    void keepsAnExistingScope() {
        secrets.scopes.put("workshop", ScopeDefinition.local("workshop"));

        var result = setup.createScope();

        assertThat(result).isEqualTo(new WorkshopSetup.StepResult(true, "Scope 'workshop' exists already.", null));
        assertThat(secrets.calls).isEmpty();
    }

    @Test
    void aCancelledPassphraseFailsTheStepInItsOwnWords() {
        secrets.provider = (scope, creating) -> {
            throw new SecretException("Passphrase entry cancelled for scope 'workshop'.");
        };

        var result = setup.createScope();

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).isEqualTo("Passphrase entry cancelled for scope 'workshop'.");
    }

    @Test
    void storesTheDevelopmentKeyAsASecretAndNamesOnlyItsReference() {
        secrets.scopes.put("workshop", ScopeDefinition.local("workshop"));

        var result = setup.storeKey();

        assertThat(secrets.values).containsEntry("workshop/storage-key", WorkshopSetup.AZURITE_KEY);
        assertThat(result.message()).isEqualTo("Stored the Azurite development key as {{secrets/workshop/storage-key}}.")
                .doesNotContain(WorkshopSetup.AZURITE_KEY);
    }

    @Test
    void createsTheAzuriteConnectionWithTheReferenceUnlessItExists() {
        var first = setup.createConnection();
        var second = setup.createConnection();

        assertThat(first.message()).isEqualTo("Created the connection 'workshop-azurite' to container 'lakehouse'.");
        assertThat(second.message()).isEqualTo("Connection 'workshop-azurite' exists already.");
        assertThat(connections.calls).containsExactly("add workshop-azurite");
        assertThat(connections.saved.get("workshop-azurite")).isEqualTo(new Connection("workshop-azurite",
                ConnectionType.AZURITE, "devstoreaccount1", "lakehouse", "http://127.0.0.1:10000/devstoreaccount1",
                StorageAuth.KEY, "{{secrets/workshop/storage-key}}", null, null));
    }

    @Test
    void anUnreachableEndpointSaysHowToStartAzurite() {
        setup.createConnection();
        connections.checks = List.of(new ConnectionCheck("endpoint", false, "Nothing answers at 127.0.0.1:10000."));

        var result = setup.testConnection();

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).isEqualTo("Nothing answers at 127.0.0.1:10000. Start Azurite first: npx "
                + "azurite-blob --location <folder> (or the installed azurite-blob), then run the setup again.");
    }

    @Test
    void aMissingContainerPassesTheTestSinceTheNextStepCreatesIt() {
        setup.createConnection();
        connections.checks = List.of(new ConnectionCheck("endpoint", true, "Azurite answers"),
                new ConnectionCheck("credential", true, "The key is accepted"),
                new ConnectionCheck("container", false, "Container 'lakehouse' does not exist."));

        var result = setup.testConnection();

        assertThat(result.ok()).isTrue();
        assertThat(result.message()).isEqualTo("Azurite answers; the container 'lakehouse' is created next.");
    }

    @Test
    void aRefusedKeyFailsWithTheChecksMessage() {
        setup.createConnection();
        connections.checks = List.of(new ConnectionCheck("endpoint", true, "Azurite answers"),
                new ConnectionCheck("credential", false, "The account key is refused."));

        assertThat(setup.testConnection()).isEqualTo(
                new WorkshopSetup.StepResult(false, "The account key is refused.", null));
    }

    @Test
    void writesTheSampleTableUnderTheConnectionsRoot() {
        var result = setup.writeSampleTable(JobContext.silent("test"));

        String uri = "wasb://lakehouse@devstoreaccount1.localhost:10000/tables/houses";
        assertThat(result).isEqualTo(new WorkshopSetup.StepResult(true,
                "Wrote default.workshop_houses (3 rows) to " + uri + ".", uri));
        assertThat(sql.executed).containsExactly("CREATE OR REPLACE TABLE default.workshop_houses USING delta "
                + "LOCATION '" + uri + "' AS SELECT * FROM VALUES (1,'Oslo',420000.0),(2,'Bergen',310000.0),"
                + "(3,'Oslo',515000.0) AS t(id, city, price)");
        assertThat(WorkshopSetup.selectSql(uri)).isEqualTo("SELECT * FROM delta.`" + uri + "`");
    }

    @Test
    void aFailedStatementFailsTheStep() {
        sql.failure = new QueryException("Container 'lakehouse' cannot be created.");

        var result = setup.writeSampleTable(JobContext.silent("test"));

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).isEqualTo("Container 'lakehouse' cannot be created.");
    }
}
