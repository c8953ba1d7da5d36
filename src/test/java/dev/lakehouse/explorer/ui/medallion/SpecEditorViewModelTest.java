package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpecEditorViewModelTest {
    @TempDir
    Path workspace;

    @Test
    void aProblemIsShownAtItsLineAndClickingItMovesTheCaretThere() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        var editor = fx.vm.editor();
        assertThat(editor.problems()).isEmpty();

        editor.textProperty().set(MedallionFixture.ORDERS.replace("    target: silver.orders", "    taget: silver.orders"));

        assertThat(editor.problems()).extracting(ProblemItem::line, ProblemItem::step)
                .contains(org.assertj.core.groups.Tuple.tuple(15, "silver_orders"));
        assertThat(editor.problemLines()).contains(15);
        assertThat(editor.problemsAt(15)).contains("unknown key 'taget'");
        var problem = editor.problems().stream().filter(p -> p.line() == 15).findFirst().orElseThrow();
        assertThat(problem.text()).startsWith("Line 15 · step silver_orders: unknown key 'taget'");

        editor.goTo(problem);

        assertThat(editor.caretRequestProperty().get().line()).isEqualTo(15);
        assertThat(editor.caretLineProperty().get()).isEqualTo(15);
        assertThat(editor.selectedStepProperty().get()).isEqualTo("silver_orders");
    }

    @Test
    void aYamlSyntaxErrorKeepsTheLastGoodSpecForTheFormAndTheLineage() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        var editor = fx.vm.editor();
        var before = editor.specProperty().get();

        editor.textProperty().set(MedallionFixture.ORDERS + "  - name: [broken\n");

        assertThat(editor.problems()).hasSize(1);
        assertThat(editor.problems().get(0).message()).startsWith("YAML syntax");
        assertThat(editor.specProperty().get()).isSameAs(before);
        assertThat(fx.vm.lineage().lineageProperty().get().nodes()).isNotEmpty();
    }

    @Test
    void theCaretsLineSelectsTheStepItIsIn() throws Exception {
        var editor = new MedallionFixture(workspace).opened().vm.editor();

        editor.caretLineProperty().set(2);
        assertThat(editor.selectedStepProperty().get()).isNull();
        editor.caretLineProperty().set(MedallionFixture.SILVER_LINE + 3);
        assertThat(editor.selectedStepProperty().get()).isEqualTo("silver_orders");
        editor.caretLineProperty().set(MedallionFixture.GOLD_LINE + 2);
        assertThat(editor.selectedStepProperty().get()).isEqualTo("gold_revenue");
    }

    @Test
    void validateRunsTheFullCheckAndSaysWhenTheSpecCanRun() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.vm.editor().validate();
        assertThat(fx.vm.editor().noticeProperty().get()).startsWith("Valid");
        assertThat(fx.vm.editor().validatingProperty().get()).isFalse();

        fx.service.validation = d -> List.of(new PipelineProblem(d.name(), 11, "silver_orders",
                "cannot resolve 'order_idx' in CAST(order_idx AS BIGINT)"));
        fx.vm.editor().validate();

        assertThat(fx.vm.editor().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.fromValidate()).isTrue();
        });
        assertThat(fx.vm.editor().noticeProperty().get()).isEqualTo("1 problem found.");
    }

    @Test
    void anAnswerToAnOlderTextIsDropped() throws Exception {
        var fx = new MedallionFixture(workspace);
        var queued = new dev.lakehouse.explorer.ui.fake.QueuedTaskRunner();
        var editor = new SpecEditorViewModel(() -> fx.service, queued, Debouncer.IMMEDIATE, workspace);
        editor.textProperty().set("pipeline: a\nsteps:\n  - name: x\n    from: raw.y\n    bogus: 1\n");
        editor.textProperty().set("pipeline: a\nsteps:\n  - name: x\n    from: raw.y\n    target: t\n");

        queued.runAll();

        assertThat(editor.problems()).isEmpty();
        assertThat(editor.specProperty().get().step("x").orElseThrow().target().text()).isEqualTo("t");
    }
}
