package dev.lakehouse.explorer.engine.pipelines;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.lines;
import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.parse;
import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Form edits change only what they set and always read back as the spec the form meant. */
class SpecEditsTest {
    private static final String ORDERS = SpecFixtures.orders();

    private static StepSpec step(String yaml, String name) {
        ParsedSpec parsed = parse(yaml);
        assertThat(problems(parsed)).as("problems of\n%s", yaml).isEmpty();
        return parsed.spec().step(name).orElseThrow();
    }

    @Test
    void settingAnExistingScalarChangesOnlyThatValue() {
        String edited = SpecEdits.setStepValue(ORDERS, "silver_orders", List.of("target"), "silver.orders_v2");

        assertThat(edited).isEqualTo(ORDERS.replace("    target: silver.orders\n", "    target: silver.orders_v2\n"));
        assertThat(step(edited, "silver_orders").target().text()).isEqualTo("silver.orders_v2");
    }

    @Test
    void settingAValueInAFlowMapKeepsTheFlowMapAndTheComment() {
        String edited = SpecEdits.setStepValue(ORDERS, "bronze_orders", List.of("source", "format"), "json");

        assertThat(edited).contains("    source: {format: json, path: \"${landing}/orders\", options: {header:"
                + " \"true\", delimiter: \",\"}}   # csv");
        assertThat(edited).contains("parameters: {landing: ./landing}         # defaults;");
        assertThat(step(edited, "bronze_orders").source().format()).isEqualTo(SourceFormat.JSON);
    }

    @Test
    void aMissingKeyIsAddedInBlockStyleAfterTheStepsLastLine() {
        String edited = SpecEdits.setStepValue(ORDERS, "gold_daily_revenue", List.of("description"),
                "Revenue per day");

        assertThat(edited).endsWith("    target: gold.daily_revenue\n    description: Revenue per day\n");
        assertThat(parse(edited).problems()).isEmpty();
    }

    @Test
    void aMissingKeyInsideAFlowMapIsAddedToIt() {
        String edited = SpecEdits.setStepValue(ORDERS, "silver_orders", List.of("write", "ignore_nulls"), "true");

        assertThat(edited).contains("    write: {mode: merge, key: [order_id], delete_when: \"op = 'D'\","
                + " ignore_nulls: true}            # overwrite");
        assertThat(step(edited, "silver_orders").write().ignoreNulls()).isTrue();
    }

    @Test
    void aMissingPathOfMapsIsAddedInBlockStyle() {
        String yaml = lines(
                "pipeline: p",
                "steps:",
                "  - name: a   # the only step",
                "    from: ext.t",
                "    target: x.a  # where it goes");

        String edited = SpecEdits.setStepValue(yaml, "a", List.of("write", "mode"), "overwrite");

        assertThat(edited).isEqualTo(lines(
                "pipeline: p",
                "steps:",
                "  - name: a   # the only step",
                "    from: ext.t",
                "    target: x.a  # where it goes",
                "    write:",
                "      mode: overwrite"));
        assertThat(step(edited, "a").write().mode()).isEqualTo(WriteMode.OVERWRITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status <> 'test'", "a = 1 # not a comment", "x: y", "null", "~", "- 1", "*ref",
            "'quoted'", "\"dq\"", "{a}", "[b]", "true", "10", " padded ", "tab\there", "é ü ∑", "a\\b",
            "%percent", "@at", "`tick`", "ends with:", "#hash"})
    void anyValueReadsBackAsTheSameTextInBlockAndFlowMaps(String value) {
        String blockEdit = SpecEdits.setStepValue(ORDERS, "silver_orders", List.of("where"), value);
        String flowEdit = SpecEdits.setStepValue(ORDERS, "silver_orders", List.of("dedupe", "order_by"), value);

        assertThat(step(blockEdit, "silver_orders").where().text()).isEqualTo(value);
        assertThat(step(flowEdit, "silver_orders").dedupe().orderBy()).isEqualTo(value);
    }

    @Test
    void multiLineSqlBecomesALiteralBlockAndKeepsTheCommentOnTheKeysLine() {
        String sql = "SELECT order_date, SUM(amount) AS revenue\nFROM silver.orders\nGROUP BY order_date";
        String yaml = ORDERS.replace("    target: gold.daily_revenue", "    target: gold.daily_revenue  # gold");

        String edited = SpecEdits.setStepValue(yaml, "gold_daily_revenue", List.of("sql"), sql);
        String again = SpecEdits.setStepValue(edited, "gold_daily_revenue", List.of("description"), "rev # x");

        assertThat(edited).contains("    sql: |-\n      SELECT order_date, SUM(amount) AS revenue\n"
                + "      FROM silver.orders\n      GROUP BY order_date\n    write: {mode: overwrite}\n");
        assertThat(step(edited, "gold_daily_revenue").sql().text()).isEqualTo(sql);
        assertThat(again).endsWith("    target: gold.daily_revenue  # gold\n    description: 'rev # x'\n");
        String blockToBlock = SpecEdits.setStepValue(edited, "gold_daily_revenue", List.of("sql"), "SELECT 1\n");
        assertThat(step(blockToBlock, "gold_daily_revenue").sql().text()).isEqualTo("SELECT 1\n");
        assertThat(blockToBlock).contains("    sql: |\n      SELECT 1\n    write:");
    }

    @Test
    void multiLineValuesInAFlowMapAreDoubleQuoted() {
        String edited = SpecEdits.setStepValue(ORDERS, "silver_orders", List.of("write", "delete_when"),
                "op = 'D'\nOR deleted");

        assertThat(edited).contains("delete_when: \"op = 'D'\\nOR deleted\"}");
        assertThat(step(edited, "silver_orders").write().deleteWhen()).isEqualTo("op = 'D'\nOR deleted");
    }

    @Test
    void anEmptyValueIsFilledIn() {
        String yaml = lines("pipeline: p", "steps:", "  - name: a", "    from: ext.t", "    where:",
                "    target: x.a");

        String edited = SpecEdits.setStepValue(yaml, "a", List.of("where"), "x > 1");

        assertThat(edited).contains("    where: x > 1\n    target: x.a\n");
        assertThat(step(edited, "a").where().text()).isEqualTo("x > 1");
    }

    @Test
    void listsAreWrittenInFlowStyle() {
        String edited = SpecEdits.setStepValues(ORDERS, "silver_orders", List.of("write", "key"),
                List.of("order_id", "line no"));
        String after = SpecEdits.setStepValues(edited, "gold_daily_revenue", List.of("after"),
                List.of("bronze_orders"));

        assertThat(edited).contains("key: [order_id, line no]");
        assertThat(step(edited, "silver_orders").write().key()).containsExactly("order_id", "line no");
        assertThat(step(after, "gold_daily_revenue").after()).containsExactly("bronze_orders");
    }

    @Test
    void removingAKeyRemovesItsLinesAndAnEmptiedMap() {
        String noWhere = SpecEdits.removeStepKey(ORDERS, "silver_orders", List.of("where"));
        String noDelete = SpecEdits.removeStepKey(ORDERS, "silver_orders", List.of("write", "delete_when"));
        String noMode = SpecEdits.removeStepKey(ORDERS, "gold_daily_revenue", List.of("write", "mode"));
        String noColumns = SpecEdits.removeStepKey(ORDERS, "silver_orders", List.of("columns"));

        assertThat(noWhere).isEqualTo(ORDERS.replace("    where: \"status <> 'test'\"            # optional\n", ""));
        assertThat(step(noWhere, "silver_orders").where()).isNull();
        assertThat(noDelete).contains("    write: {mode: merge, key: [order_id]}            ");
        assertThat(step(noDelete, "silver_orders").write().deleteWhen()).isNull();
        assertThat(noMode).doesNotContain("write: {mode: overwrite}").contains("    sql: \"SELECT")
                .endsWith("    target: gold.daily_revenue\n");
        assertThat(step(noColumns, "silver_orders").columns()).isEmpty();
        assertThat(noColumns).contains("    from: bronze_orders                  # a step name or a table name\n"
                + "    where:");
        assertThat(SpecEdits.removeStepKey(ORDERS, "silver_orders", List.of("full"))).isEqualTo(ORDERS);
    }

    @Test
    void removingTheFirstKeyOfAListItemMovesTheNextUp() {
        String yaml = lines("pipeline: p", "steps:", "  - from: ext.t", "    name: a", "    target: x.a");

        String edited = SpecEdits.removeStepKey(yaml, "a", List.of("from"));

        assertThat(edited).isEqualTo(lines("pipeline: p", "steps:", "  - name: a", "    target: x.a"));
    }

    @Test
    void setColumnsReplacesTheBlockInPlace() {
        List<ColumnSpec> columns = List.of(new ColumnSpec("order_id", "CAST(order_id AS BIGINT)", 0),
                new ColumnSpec("total", "amount * 1.2", 0), new ColumnSpec("note", "'a: b'", 0));

        String edited = SpecEdits.setColumns(ORDERS, "silver_orders", columns);

        assertThat(edited).contains("    columns:                             # output column -> SQL expression,"
                + " in order\n      order_id: CAST(order_id AS BIGINT)\n      total: amount * 1.2\n"
                + "      note: \"'a: b'\"\n    where:").doesNotContain("TO_DATE");
        assertThat(step(edited, "silver_orders").columns()).extracting(ColumnSpec::name, ColumnSpec::expression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order_id", "CAST(order_id AS BIGINT)"),
                        org.assertj.core.groups.Tuple.tuple("total", "amount * 1.2"),
                        org.assertj.core.groups.Tuple.tuple("note", "'a: b'"));
        assertThat(step(SpecEdits.setColumns(ORDERS, "silver_orders", List.of()), "silver_orders").columns())
                .isEmpty();
    }

    @Test
    void setColumnsAddsThemToAStepWithout() {
        String edited = SpecEdits.setColumns(ORDERS, "gold_daily_revenue",
                List.of(new ColumnSpec("day", "order_date", 0)));

        assertThat(edited).endsWith("    target: gold.daily_revenue\n    columns:\n      day: order_date\n");
        assertThat(step(edited, "gold_daily_revenue").columns()).extracting(ColumnSpec::expression)
                .containsExactly("order_date");
    }

    @Test
    void setExpectationsWritesOneFlowMapPerLine() {
        List<ExpectationSpec> rules = List.of(
                new ExpectationSpec("id_present", "order_id IS NOT NULL", ExpectationAction.FAIL, 0),
                new ExpectationSpec("small", "amount < 1000", ExpectationAction.WARN, 0));

        String edited = SpecEdits.setExpectations(ORDERS, "silver_orders", rules);

        assertThat(edited).contains("    expectations:\n"
                + "      - {name: id_present, rule: order_id IS NOT NULL, action: fail}\n"
                + "      - {name: small, rule: amount < 1000, action: warn}\n    write:");
        assertThat(step(edited, "silver_orders").expectations()).extracting(ExpectationSpec::name,
                ExpectationSpec::rule, ExpectationSpec::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id_present", "order_id IS NOT NULL", ExpectationAction.FAIL),
                org.assertj.core.groups.Tuple.tuple("small", "amount < 1000", ExpectationAction.WARN));
        assertThat(step(SpecEdits.setExpectations(edited, "silver_orders", List.of()), "silver_orders")
                .expectations()).isEmpty();
    }

    @Test
    void addStepAppendsATemplateThatParsesAndReadsTheLastStep() {
        String withSilver = SpecEdits.addStep(ORDERS, "silver_returns", StepKind.TRANSFORM);
        String withGold = SpecEdits.addStep(withSilver, "gold_returns", StepKind.SQL);
        String withBronze = SpecEdits.addStep(withGold, "bronze_returns", StepKind.INGEST);

        assertThat(withSilver).startsWith(ORDERS).endsWith("\n  - name: silver_returns\n    from: gold_daily_revenue\n"
                + "    target: silver.returns\n");
        StepSpec gold = step(withGold, "gold_returns");
        assertThat(gold.sql().text()).isEqualTo("SELECT * FROM silver.returns");
        assertThat(parse(withGold).spec().graph().dependsOn().get("gold_returns")).containsExactly("silver_returns");
        StepSpec bronze = step(withBronze, "bronze_returns");
        assertThat(bronze.kind()).isEqualTo(StepKind.INGEST);
        assertThat(bronze.source().options()).containsEntry("header", "true");
        assertThat(bronze.target().text()).isEqualTo("bronze.returns");
    }

    @Test
    void addStepToASpecWithoutStepsOrWithAnEmptyList() {
        String none = SpecEdits.addStep("pipeline: p\n", "a", StepKind.TRANSFORM);
        String empty = SpecEdits.addStep("pipeline: p\nsteps: []   # none yet\n", "a", StepKind.SQL);
        String flow = SpecEdits.addStep("pipeline: p\nsteps: [{name: a, from: x.y, target: x.a}]\n", "b",
                StepKind.SQL);

        assertThat(none).isEqualTo("pipeline: p\nsteps:\n  - name: a\n    from: bronze.a\n    target: silver.a\n");
        assertThat(step(empty, "a").kind()).isEqualTo(StepKind.SQL);
        assertThat(empty).endsWith("# none yet\n");
        assertThat(step(flow, "b").sql().text()).isEqualTo("SELECT * FROM x.a");
    }

    @Test
    void addStepRefusesATakenOrInvalidName() {
        assertThatThrownBy(() -> SpecEdits.addStep(ORDERS, "silver_orders", StepKind.SQL))
                .isInstanceOf(InvalidRequestException.class).hasMessage("The spec already has a step named"
                        + " 'silver_orders'.");
        assertThatThrownBy(() -> SpecEdits.addStep(ORDERS, "9lives", StepKind.SQL))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not valid");
    }

    @Test
    void removeStepTakesItsLinesAndKeepsTheRest() {
        String edited = SpecEdits.removeStep(ORDERS, "silver_orders");

        assertThat(edited).isEqualTo(ORDERS.substring(0, ORDERS.indexOf("  - name: silver_orders"))
                + ORDERS.substring(ORDERS.indexOf("  - name: gold_daily_revenue")));
        assertThat(parse(edited).spec().steps()).extracting(StepSpec::name)
                .containsExactly("bronze_orders", "gold_daily_revenue");
        String last = SpecEdits.removeStep(ORDERS, "gold_daily_revenue");
        assertThat(last).endsWith("    target: silver.orders\n");
        assertThat(parse(last).problems()).isEmpty();
        assertThat(SpecEdits.removeStep("pipeline: p\nsteps:\n  - {name: a, from: x, target: y}\n", "a"))
                .isEqualTo("pipeline: p\nsteps: []\n");
        assertThat(SpecEdits.removeStep("pipeline: p\nsteps: [{name: a, from: x, target: y}, {name: b, from: x,"
                + " target: z}]\n", "a")).isEqualTo("pipeline: p\nsteps: [{name: b, from: x, target: z}]\n");
    }

    @Test
    void stepAtFollowsTheCaret() {
        assertThat(SpecEdits.stepAt(ORDERS, 1)).isEmpty();
        assertThat(SpecEdits.stepAt(ORDERS, 4)).contains("bronze_orders");
        assertThat(SpecEdits.stepAt(ORDERS, 6)).contains("bronze_orders");
        assertThat(SpecEdits.stepAt(ORDERS, 7)).contains("silver_orders");
        assertThat(SpecEdits.stepAt(ORDERS, 16)).contains("silver_orders");
        assertThat(SpecEdits.stepAt(ORDERS, 23)).contains("gold_daily_revenue");
        assertThat(SpecEdits.stepAt(ORDERS, 40)).isEmpty();
    }

    @Test
    void stepAtStillAnswersWhileTheYamlIsBroken() {
        String broken = ORDERS.replace("    where: \"status <> 'test'\"", "    where: \"status <> 'test'");

        assertThat(SpecEdits.stepAt(broken, 13)).contains("silver_orders");
        assertThat(SpecEdits.stepAt(broken, 2)).isEmpty();
    }

    @Test
    void editsRefuseBrokenYamlAndUnknownSteps() {
        assertThatThrownBy(() -> SpecEdits.setStepValue("a: [", "x", List.of("target"), "t"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("YAML error at line");
        assertThatThrownBy(() -> SpecEdits.setStepValue(ORDERS, "nope", List.of("target"), "t"))
                .isInstanceOf(InvalidRequestException.class).hasMessage("The spec has no step named 'nope'.");
        assertThatThrownBy(() -> SpecEdits.setStepValue(ORDERS, "silver_orders", List.of("where", "x"), "t"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a map");
    }

    @Test
    void newSpecParsesClean() {
        String spec = SpecEdits.newSpec("Returns");

        ParsedSpec parsed = parse(spec);
        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.spec().name()).isEqualTo("Returns");
        assertThat(parsed.spec().steps()).extracting(StepSpec::name).containsExactly("bronze_returns");
        assertThat(Optional.ofNullable(parsed.spec().steps().get(0).source())).isPresent();
    }
}
