package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Specs open, save and get replaced; nothing typed is lost without asking; tables open in the Catalog. */
class MedallionViewModelTest {
    @TempDir
    Path workspace;

    @Test
    void anEditMakesTheSpecDirtyAndSavingMakesItClean() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        assertThat(fx.vm.dirtyProperty().get()).isFalse();
        assertThat(fx.vm.titleProperty().get()).isEqualTo("orders.yaml");

        fx.vm.editor().textProperty().set(MedallionFixture.ORDERS + "# a note\n");
        assertThat(fx.vm.dirtyProperty().get()).isTrue();
        assertThat(fx.vm.titleProperty().get()).isEqualTo("orders.yaml •");

        assertThat(fx.vm.save()).isTrue();
        assertThat(fx.vm.dirtyProperty().get()).isFalse();
        assertThat(Files.readString(fx.spec)).endsWith("# a note\n");

        fx.vm.editor().textProperty().set(MedallionFixture.ORDERS);
        assertThat(fx.vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void replacingADirtySpecAsksFirstAndCancelKeepsTheEdits() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        String edited = MedallionFixture.ORDERS + "# mine\n";
        fx.vm.editor().textProperty().set(edited);

        fx.vm.newSpec();

        assertThat(fx.vm.question().questionProperty().get()).isEqualTo("Start a new spec and discard your unsaved edits?");
        assertThat(fx.vm.editor().textProperty().get()).isEqualTo(edited);
        fx.vm.question().dismiss();
        assertThat(fx.vm.editor().textProperty().get()).isEqualTo(edited);

        fx.vm.newSpec();
        fx.vm.question().confirm();

        assertThat(fx.vm.editor().textProperty().get()).isEqualTo(StarterSpec.TEXT);
        assertThat(fx.vm.editor().fileProperty().get()).isNull();
        assertThat(fx.vm.dirtyProperty().get()).isFalse();
        assertThat(fx.vm.editor().problems()).isEmpty();
        assertThat(fx.vm.editor().specProperty().get().name()).isEqualTo("new_pipeline");
    }

    @Test
    void aCleanSpecIsReplacedWithoutAQuestion() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.vm.newSpec();
        assertThat(fx.vm.question().questionProperty().get()).isNull();
        assertThat(fx.vm.editor().textProperty().get()).isEqualTo(StarterSpec.TEXT);
    }

    @Test
    void aNewSpecIsSavedWhereTheUserChoseAndRemembered() throws Exception {
        var fx = new MedallionFixture(workspace);
        fx.vm.newSpec();
        assertThat(fx.vm.save()).isFalse(); // no file yet: the view asks where
        Path target = workspace.resolve("pipelines").resolve("daily.yaml");

        fx.vm.saveAs(target);

        assertThat(Files.readString(target)).isEqualTo(StarterSpec.TEXT);
        assertThat(fx.vm.editor().fileProperty().get()).isEqualTo(target);
        assertThat(fx.vm.recent()).containsExactly(target.toAbsolutePath());
        var later = new MedallionFixture(workspace);
        later.vm.loadRecent();
        assertThat(later.vm.recent()).containsExactly(target.toAbsolutePath());
    }

    @Test
    void openingAMissingFileSaysSoAndKeepsTheSpecOpen() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.vm.open(workspace.resolve("nope.yaml"));
        assertThat(fx.vm.error().text()).contains("nope.yaml");
        assertThat(fx.vm.editor().textProperty().get()).isEqualTo(MedallionFixture.ORDERS);
    }

    @Test
    void aNodeOpensItsTableAtTheVersionTheRunProducedAndTheQuarantineLinkItsQuarantine() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.service.counts.put("silver_orders", new long[] {120, 100, 8, 12});
        List<TableLink> opened = new ArrayList<>();
        fx.vm.setOnOpenTable(opened::add);
        fx.vm.run().run();
        var silver = fx.vm.lineage().lineageProperty().get().stepNode("silver_orders").orElseThrow();

        fx.vm.lineage().openInCatalog(silver);
        fx.vm.lineage().openQuarantine(silver);

        assertThat(opened).containsExactly(new TableLink("silver.orders", 2L), new TableLink("silver.orders_quarantine", null));
    }

    @Test
    void aFolderTargetOpensAsTheFolderBesideTheSpec() throws Exception {
        var fx = new MedallionFixture(workspace);
        Files.writeString(fx.spec, MedallionFixture.ORDERS.replace("target: gold.revenue", "target: ./out/revenue"));
        fx.opened();
        List<TableLink> opened = new ArrayList<>();
        fx.vm.setOnOpenTable(opened::add);
        var gold = fx.vm.lineage().lineageProperty().get().stepNode("gold_revenue").orElseThrow();

        fx.vm.lineage().openInCatalog(gold);

        assertThat(opened).containsExactly(new TableLink(
                workspace.resolve("pipelines/out/revenue").toAbsolutePath().normalize().toString(), null));
    }

    @Test
    void clickingANodeSelectsItsStep() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        var gold = fx.vm.lineage().lineageProperty().get().stepNode("gold_revenue").orElseThrow();

        fx.vm.lineage().select(gold);

        assertThat(fx.vm.editor().caretRequestProperty().get().line()).isEqualTo(MedallionFixture.GOLD_LINE);
        assertThat(fx.vm.form().stepProperty().get()).isEqualTo("gold_revenue");
    }

    @Test
    void theReportFollowsTheRunAndTheRunsListGrows() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.vm.run().run();
        fx.vm.run().run();

        assertThat(fx.vm.report().runs()).extracting(r -> r.runId()).containsExactly("run-0002", "run-0001");
        assertThat(fx.vm.report().shownProperty().get().runId()).isEqualTo("run-0002");
        assertThat(fx.vm.report().steps()).hasSize(3);

        fx.vm.report().open(fx.vm.report().runs().get(1));
        assertThat(fx.vm.report().shownProperty().get().runId()).isEqualTo("run-0001");
        assertThat(fx.vm.report().shownProperty().get().status()).isEqualTo(RunStatus.SUCCEEDED);
    }
}
