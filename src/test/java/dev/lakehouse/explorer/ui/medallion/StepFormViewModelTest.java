package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The form and the YAML stay in step both ways. */
class StepFormViewModelTest {
    @TempDir
    Path workspace;

    private MedallionFixture atSilver() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.vm.editor().caretLineProperty().set(MedallionFixture.SILVER_LINE + 1);
        return fx;
    }

    @Test
    void theFormShowsTheStepUnderTheCaretAsWritten() throws Exception {
        var form = atSilver().vm.form();

        assertThat(form.stepProperty().get()).isEqualTo("silver_orders");
        assertThat(form.kindProperty().get()).isEqualTo(StepKind.TRANSFORM);
        assertThat(form.field(FormField.FROM).get()).isEqualTo("bronze_orders");
        assertThat(form.field(FormField.TARGET).get()).isEqualTo("silver.orders");
        assertThat(form.field(FormField.WRITE_MODE).get()).isEqualTo("merge");
        assertThat(form.field(FormField.WRITE_KEY).get()).isEqualTo("order_id");
        assertThat(form.columns()).extracting(c -> c.nameProperty().get() + "=" + c.expressionProperty().get())
                .containsExactly("order_id=CAST(order_id AS BIGINT)");
        assertThat(form.expectations()).extracting(e -> e.nameProperty().get(), e -> e.actionProperty().get())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id_present", ExpectationAction.QUARANTINE));
    }

    @Test
    void aBronzeSourceShowsItsParameterNotItsValue() throws Exception {
        var fx = new MedallionFixture(workspace).opened();
        fx.vm.editor().caretLineProperty().set(MedallionFixture.BRONZE_LINE);

        assertThat(fx.vm.form().field(FormField.SOURCE_PATH).get()).isEqualTo("${landing}/orders");
        assertThat(fx.vm.form().field(FormField.SOURCE_FORMAT).get()).isEqualTo("csv");
    }

    @Test
    void aCommittedFieldRewritesOnlyItsLineOfTheYaml() throws Exception {
        var fx = atSilver();
        var form = fx.vm.form();

        form.field(FormField.TARGET).set("silver.clean_orders");
        form.commit(FormField.TARGET);

        String yaml = fx.vm.editor().textProperty().get();
        assertThat(yaml).isEqualTo(MedallionFixture.ORDERS.replace("target: silver.orders", "target: silver.clean_orders"));
        assertThat(fx.vm.editor().specProperty().get().step("silver_orders").orElseThrow().target().text())
                .isEqualTo("silver.clean_orders");
        assertThat(fx.vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void aNestedFieldKeepsItsSiblings() throws Exception {
        var fx = atSilver();
        fx.vm.form().field(FormField.WRITE_MODE).set("append");
        fx.vm.form().commit(FormField.WRITE_MODE);

        assertThat(fx.vm.editor().textProperty().get()).contains("    write: {mode: append, key: [order_id]}\n");
    }

    @Test
    void renamingKeepsTheFormOnTheStep() throws Exception {
        var fx = atSilver();
        fx.vm.form().field(FormField.NAME).set("silver_clean");
        fx.vm.form().commit(FormField.NAME);

        assertThat(fx.vm.editor().textProperty().get()).contains("  - name: silver_clean\n");
        assertThat(fx.vm.form().stepProperty().get()).isEqualTo("silver_clean");
        assertThat(fx.vm.editor().selectedStepProperty().get()).isEqualTo("silver_clean");
    }

    @Test
    void editingTheYamlRefreshesTheForm() throws Exception {
        var fx = atSilver();
        fx.vm.editor().textProperty().set(MedallionFixture.ORDERS
                .replace("order_id: CAST(order_id AS BIGINT)", "order_id: CAST(order_id AS BIGINT)\n      amount: CAST(amount AS DOUBLE)")
                .replace("from: bronze_orders", "from: bronze.orders"));

        assertThat(fx.vm.form().field(FormField.FROM).get()).isEqualTo("bronze.orders");
        assertThat(fx.vm.form().columns()).extracting(c -> c.nameProperty().get()).containsExactly("order_id", "amount");
    }

    @Test
    void columnAndExpectationEditsRewriteTheirBlocks() throws Exception {
        var fx = atSilver();
        var form = fx.vm.form();
        var added = form.addColumn();
        added.nameProperty().set("amount");
        added.expressionProperty().set("CAST(amount AS DECIMAL(12,2))");
        form.commitColumns();
        var rule = form.addExpectation();
        rule.nameProperty().set("amount_positive");
        rule.ruleProperty().set("amount > 0");
        rule.actionProperty().set(ExpectationAction.DROP);
        form.commitExpectations();

        String yaml = fx.vm.editor().textProperty().get();
        assertThat(yaml).contains("""
                    columns:
                      order_id: CAST(order_id AS BIGINT)
                      amount: CAST(amount AS DECIMAL(12,2))
                    expectations:
                      - {name: id_present, rule: order_id IS NOT NULL, action: quarantine}
                      - {name: amount_positive, rule: amount > 0, action: drop}
                """);
        assertThat(fx.vm.editor().problems()).isEmpty();
        assertThat(fx.vm.editor().specProperty().get().step("silver_orders").orElseThrow().expectations()).hasSize(2);
    }

    @Test
    void aUserTypingInAFieldKeepsWhatTheyTypedWhenTheSameStepIsParsedAgain() throws Exception {
        var fx = atSilver();
        fx.vm.form().field(FormField.WHERE).set("status <> 'te"); // not committed yet
        fx.vm.editor().check();

        assertThat(fx.vm.form().field(FormField.WHERE).get()).isEqualTo("status <> 'te");
    }

    @Test
    void addAndRemoveStep() throws Exception {
        var fx = atSilver();
        fx.vm.form().addStep(StepKind.SQL);

        assertThat(fx.vm.editor().specProperty().get().steps()).extracting(s -> s.name())
                .containsExactly("bronze_orders", "silver_orders", "gold_revenue", "gold_step_1");
        assertThat(fx.vm.form().stepProperty().get()).isEqualTo("gold_step_1");

        fx.vm.form().removeStep();

        assertThat(fx.vm.editor().textProperty().get()).isEqualTo(MedallionFixture.ORDERS);
    }

    @Test
    void anEditTheTextCannotTakeIsShownAndChangesNothing() throws Exception {
        var fx = atSilver();
        fx.vm.form().field(FormField.TARGET).set("");
        fx.vm.form().commit(FormField.TARGET);

        assertThat(fx.vm.form().error().text()).contains("needs a target");
        assertThat(fx.vm.form().field(FormField.TARGET).get()).isEqualTo("silver.orders");
        assertThat(fx.vm.editor().textProperty().get()).isEqualTo(MedallionFixture.ORDERS);
    }
}
