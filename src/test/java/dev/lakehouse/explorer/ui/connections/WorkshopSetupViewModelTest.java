package dev.lakehouse.explorer.ui.connections;

import dev.lakehouse.explorer.engine.connections.ConnectionCheck;
import dev.lakehouse.explorer.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopSetupViewModelTest {
    private final ConnectionsFixture fx = new ConnectionsFixture();
    private final ConnectionsViewModel panel = new ConnectionsViewModel(fx.engine, new DirectTaskRunner());
    private final WorkshopSetupViewModel workshop = panel.workshop();

    @Test
    void runsTheStepsInOrderAndOffersTheTable() {
        var opened = new ArrayList<String>();
        var sql = new ArrayList<String>();
        panel.setOnOpenTable(opened::add);
        panel.setOnOpenSql(sql::add);
        panel.showWorkshop();

        workshop.run();

        assertThat(workshop.steps()).extracting(s -> s.stateProperty().get()).containsOnly(StepState.DONE);
        assertThat(fx.secrets.calls).containsSubsequence("createLocalScope workshop", "put workshop/storage-key");
        assertThat(fx.connections.added).extracting(c -> c.name()).containsExactly("workshop-azurite");
        assertThat(fx.connections.tested).containsExactly("workshop-azurite");
        String uri = "wasb://lakehouse@devstoreaccount1.localhost:10000/tables/houses";
        assertThat(fx.engine.sql.executed).singleElement().asString()
                .startsWith("CREATE OR REPLACE TABLE default.workshop_houses USING delta LOCATION '" + uri + "'");
        assertThat(workshop.tableUriProperty().get()).isEqualTo(uri);
        assertThat(panel.connections()).extracting(c -> c.name()).contains("workshop-azurite");

        workshop.openInCatalog();
        workshop.openSql();
        assertThat(opened).containsExactly(uri);
        assertThat(sql).containsExactly("SELECT * FROM delta.`" + uri + "`");
    }

    @Test
    void stopsAtAFailedTestWithTheAzuriteHint() {
        fx.connections.checks = List.of(new ConnectionCheck("endpoint", false, "Nothing answers at 127.0.0.1:10000."));

        workshop.run();

        assertThat(workshop.steps()).extracting(s -> s.stateProperty().get()).containsExactly(StepState.DONE,
                StepState.DONE, StepState.DONE, StepState.FAILED, StepState.PENDING);
        assertThat(workshop.steps().get(3).messageProperty().get()).contains("Start Azurite first: npx azurite-blob");
        assertThat(fx.engine.sql.executed).isEmpty();
        assertThat(workshop.tableReadyProperty().get()).isFalse();
        assertThat(workshop.runningProperty().get()).isFalse();
    }

    @Test
    void runningAgainKeepsWhatExists() {
        workshop.run();
        workshop.run();

        assertThat(fx.connections.added).hasSize(1);
        assertThat(fx.secrets.calls).filteredOn(c -> c.startsWith("createLocalScope")).hasSize(1);
        assertThat(workshop.steps().get(0).messageProperty().get()).isEqualTo("Scope 'workshop' exists already.");
    }
}
