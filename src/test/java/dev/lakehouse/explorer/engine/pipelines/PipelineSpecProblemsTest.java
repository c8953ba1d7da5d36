package dev.lakehouse.explorer.engine.pipelines;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.lines;
import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.parse;
import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad specs: each problem at its line and step, all of them at once, and the spec still built when it can be. */
class PipelineSpecProblemsTest {

    @Test
    void aCycleIsNamedAtItsFirstStepsLine() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: c",
                "    target: x.a",
                "  - name: b",
                "    from: a",
                "    target: x.b",
                "  - name: c",
                "    sql: SELECT * FROM x.b",
                "    target: x.c"));

        assertThat(problems(parsed)).containsExactly("3: step a: the steps form a cycle: a → c → b → a.");
        assertThat(parsed.spec()).isNotNull();
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.spec().graph().order()).isEmpty();
    }

    @Test
    void aStepReadingItsOwnTargetIsACycleOfOne() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: x.a",
                "    target: x.a"));

        assertThat(problems(parsed)).containsExactly("3: step a: the steps form a cycle: a → a.");
    }

    @Test
    void anUnknownStepInAfterIsReportedAtItsLineWithTheStepsThereAre() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: ext.t",
                "    target: x.a",
                "  - name: b",
                "    from: a",
                "    after:",
                "      - a",
                "      - silver_ordrs",
                "    target: x.b"));

        assertThat(problems(parsed)).containsExactly(
                "10: step b: after: no step is named 'silver_ordrs' (steps: a, b).");
        assertThat(problems(parse(lines(
                "pipeline: p",
                "steps:",
                "  - {name: silver_orders, from: ext.t, target: x.a}",
                "  - {name: b, from: ext.t, after: [silver_ordrs], target: x.b}"))))
                .containsExactly("4: step b: after: no step is named 'silver_ordrs'; did you mean silver_orders?");
        assertThat(parsed.spec().graph().dependsOn().get("b")).containsExactly("a");
    }

    @Test
    void aFromThatIsATypoOfAStepIsReportedButAQualifiedOrDistantTableIsNot() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: bronze_orders",
                "    source: {format: csv, path: ./in}",
                "    target: bronze.orders",
                "  - name: silver",
                "    from: bronze_ordrs",
                "    target: silver.orders",
                "  - name: other",
                "    from: default.bronze_ordrs",
                "    target: silver.other",
                "  - name: external",
                "    from: customers",
                "    target: silver.customers"));

        assertThat(problems(parsed)).containsExactly("7: step silver: from: no step is named 'bronze_ordrs'; did you"
                + " mean bronze_orders? (To read the table default.bronze_ordrs, write it so.)");
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtTheLineSnakeYamlGivesAndNoSpecIsBuilt() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: ext.t",
                "    where: \"x = 1",
                "    target: x.a"));

        assertThat(parsed.spec()).isNull();
        assertThat(parsed.problems()).hasSize(1);
        assertThat(parsed.problems().get(0).line()).isEqualTo(7);
        assertThat(parsed.problems().get(0).step()).isNull();
        assertThat(parsed.problems().get(0).message()).startsWith("YAML syntax error: ").contains("quoted scalar");
    }

    @Test
    void aBadIndentIsASyntaxErrorAtItsLine() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: ext.t",
                "   target: x.a"));

        assertThat(parsed.problems()).extracting(PipelineProblem::line).containsExactly(5);
        assertThat(parsed.problems().get(0).format()).startsWith("spec.yaml:5: YAML syntax error: ");
    }

    @Test
    void unknownKeysAreReportedAtTheirLineWithTheKeysAllowedThere() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "owner: me",
                "steps:",
                "  - name: a",
                "    from: ext.t",
                "    filter: x > 1",
                "    write: {mode: append, partition_by: [d]}",
                "    target: x.a"));

        assertThat(problems(parsed)).containsExactly(
                "2: unknown key 'owner' (expected one of: pipeline, description, parameters, steps).",
                "6: step a: unknown key 'filter' (expected one of: name, description, source, from, sql, target,"
                        + " schema, schema_evolution, full, columns, where, dedupe, expectations, write, after).",
                "7: step a: unknown key 'partition_by' in write (expected one of: mode, key, delete_when,"
                        + " ignore_nulls, insert_new).");
        assertThat(parsed.spec().steps()).hasSize(1);
    }

    @Test
    void aParameterGivenButNotDeclaredIsReportedAtTheParametersLine() {
        ParsedSpec parsed = parse(SpecFixtures.orders(), Map.of("landng", "/x"));

        assertThat(problems(parsed)).containsExactly(
                "2: parameter 'landng' is given but not declared in parameters (declared: landing).");
    }

    @Test
    void aParameterGivenToASpecWithoutParametersIsReportedAtLineZero() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - {name: a, from: ext.t, target: x.a}"), Map.of("day", "1"));

        assertThat(problems(parsed)).containsExactly(
                "0: parameter 'day' is given but not declared in parameters (declared: none).");
    }

    @Test
    void anUndeclaredReferenceIsReportedAtItsLineAndStepAndLeftAsWritten() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "parameters: {landing: ./in}",
                "steps:",
                "  - name: b",
                "    source: {format: csv, path: \"${landing}/x\"}",
                "    target: bronze.x",
                "  - name: s",
                "    from: b",
                "    where: day = '${day}'",
                "    target: silver.x"));

        assertThat(problems(parsed)).containsExactly(
                "9: step s: '${day}' names no parameter (declared: landing).");
        assertThat(parsed.spec().step("s").orElseThrow().where().text()).isEqualTo("day = '${day}'");
    }

    @Test
    void aParameterWithoutDefaultMustBeGiven() {
        String spec = lines(
                "pipeline: p",
                "parameters:",
                "  day:",
                "steps:",
                "  - {name: a, from: ext.t, where: \"d = '${day}'\", target: x.a}");

        assertThat(problems(parse(spec))).containsExactly(
                "3: parameter 'day' has no value: give it a default here or pass --param day=VALUE.");
        assertThat(parse(spec, Map.of("day", "2024-01-02")).spec().steps().get(0).where().text())
                .isEqualTo("d = '2024-01-02'");
        assertThat(parse(spec, Map.of("day", "2024-01-02")).problems()).isEmpty();
    }

    @Test
    void everyProblemIsCollectedInLineOrder() {
        ParsedSpec parsed = parse(lines(
                "pipeline: my-orders",
                "steps:",
                "  - name: b",
                "    source: {format: xml, path: ./in}",
                "    where: x > 1",
                "    target: bronze.x",
                "  - name: s",
                "    from: b",
                "    write: {mode: upsert}",
                "    expectations:",
                "      - {name: ok, rule: x > 0, action: stop}",
                "      - {name: ok, rule: x < 9}",
                "    target: silver x"));

        assertThat(problems(parsed)).containsExactly(
                "1: pipeline name 'my-orders' is not valid: use letters, digits and _, starting with a letter.",
                "4: step b: source format 'xml' is not one of csv, json, parquet.",
                "5: step b: an ingest step keeps every record as it came, so it cannot have 'where'; put it on a"
                        + " step with from: b.",
                "9: step s: write mode 'upsert' is not one of overwrite, append, merge.",
                "11: step s: expectation action 'stop' is not one of warn, drop, quarantine, fail.",
                "12: step s: expectation 'ok' is named twice in this step (first at line 11).",
                "13: step s: target 'silver x' is neither a table name (schema.table, with letters, digits and _)"
                        + " nor a folder path (./folder).");
        assertThat(parsed.spec().steps()).extracting(StepSpec::name).containsExactly("b", "s");
    }

    @Test
    void requiredKeysAndExactlyOneKind() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    target: x.a",
                "  - from: ext.t",
                "    target: x.b",
                "  - name: c",
                "    from: ext.t",
                "    sql: SELECT 1",
                "  - name: d",
                "    source: {path: ./in}",
                "    target: x.d"));

        assertThat(problems(parsed)).containsExactly(
                "3: step a: the step needs one of source (ingest files), from (transform a step or table) or sql"
                        + " (a query).",
                "5: 'name' is missing: every step needs a name.",
                "7: step c: 'target' is missing: say where the step writes, a table (silver.orders) or a folder"
                        + " path.",
                "9: step c: a step has exactly one of source, from or sql, and this one also has from.",
                "11: step d: 'format' is missing: csv, json or parquet.");
        assertThat(parsed.spec().steps()).extracting(StepSpec::name).containsExactly("c", "d");
        StepSpec c = parsed.spec().steps().get(0);
        assertThat(c.kind()).isEqualTo(StepKind.TRANSFORM);
        assertThat(c.target().text()).isEmpty();
    }

    @Test
    void typesThatAreNotWhatAKeyTakes() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: ext.t",
                "    columns:",
                "      - id",
                "      - amount",
                "    expectations: {name: ok, rule: x > 1}",
                "    full: sometimes",
                "    where:",
                "    target: [x, a]"));

        assertThat(problems(parsed)).containsExactly(
                "6: step a: 'columns' should be a map, not a list.",
                "8: step a: 'expectations' should be a list, not a map.",
                "9: step a: 'full' should be true or false, not 'sometimes'.",
                "10: step a: 'where' has no value.",
                "11: step a: 'target' should be a single value, not a list.");
    }

    @Test
    void writeModeRulesPerKind() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: b",
                "    source: {format: csv, path: ./in}",
                "    write: {mode: overwrite}",
                "    target: bronze.x",
                "  - name: s",
                "    from: b",
                "    write: {mode: merge}",
                "    target: silver.x",
                "  - name: g",
                "    sql: SELECT * FROM silver.x",
                "    write: {mode: append}",
                "    target: gold.x",
                "  - name: o",
                "    from: b",
                "    write: {mode: overwrite, key: [id]}",
                "    full: true",
                "    target: silver.o"));

        assertThat(problems(parsed)).containsExactly(
                "5: step b: an ingest step always appends (bronze keeps every record); write mode overwrite is not"
                        + " allowed (use --full-refresh to re-read all files).",
                "9: step s: write mode merge needs a key: the columns that identify a row (key: [order_id]).",
                "13: step g: a sql step is a materialized view and always overwrites; write mode append is not"
                        + " allowed (use from: for an incremental step).",
                "17: step o: 'key' applies to write mode merge only.");
        assertThat(parsed.spec().step("g").orElseThrow().write().mode()).isEqualTo(WriteMode.OVERWRITE);
    }

    @Test
    void fullAndSchemaBelongToTheirKindsOnly() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: b",
                "    source: {format: parquet, path: ./in}",
                "    full: true",
                "    schema_evolution: maybe",
                "    target: bronze.x",
                "  - name: s",
                "    from: b",
                "    schema: {id: INT}",
                "    target: silver.x"));

        assertThat(problems(parsed)).containsExactly(
                "5: step b: 'full' applies to steps with from: only (an ingest step reads new files; use"
                        + " --full-refresh to re-read all).",
                "6: step b: 'schema_evolution' should be false (fail on new columns), true (add them) or rescue"
                        + " (keep them in _rescued_data), not 'maybe'.",
                "10: step s: 'schema' applies to ingest steps (with source:) only; a transform sets its output"
                        + " with columns:.");
    }

    @Test
    void twoStepsWritingOneTargetWithoutAnOrderBetweenThem() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: ext.t",
                "    target: silver.orders",
                "  - name: b",
                "    from: ext.u",
                "    target: Silver.Orders"));

        assertThat(problems(parsed)).containsExactly(
                "8: step b: steps a and b both write Silver.Orders but neither runs after the other; add after:"
                        + " [a] to b.");
    }

    @Test
    void repeatedStepNamesAndKeys() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: ext.t",
                "    target: x.a",
                "    target: x.b",
                "  - name: a",
                "    from: ext.u",
                "    target: x.c"));

        assertThat(problems(parsed)).containsExactly(
                "6: step a: key 'target' is given twice (first at line 5).",
                "7: step a: step name 'a' is used twice (first at line 3).");
        assertThat(parsed.spec().steps()).hasSize(1);
    }

    @Test
    void specsThatAreNotAMapOfSteps() {
        assertThat(problems(parse(""))).containsExactly(
                "1: a pipeline spec is a map with pipeline: NAME and steps: (a list of steps); this one is empty.");
        assertThat(problems(parse("- a\n- b\n"))).containsExactly(
                "1: a pipeline spec is a map with pipeline: NAME and steps: (a list of steps).");
        assertThat(problems(parse("pipeline: p\nsteps: []\n"))).containsExactly(
                "2: 'steps' should be a list of at least one step, not an empty list.");
        assertThat(problems(parse("description: d\n"))).containsExactly(
                "1: 'pipeline' is missing: name the pipeline at the top (pipeline: orders).",
                "1: 'steps' is missing: list the pipeline's steps under steps:.");
        assertThat(problems(parse("pipeline: p\nsteps:\n  - just a text\n"))).containsExactly(
                "3: step 1 should be a map with name, target and one of source, from or sql, not a single value.");
    }

    @Test
    void twoDocumentsInOneFileAreASyntaxError() {
        ParsedSpec parsed = parse("pipeline: p\n---\npipeline: q\n");

        assertThat(parsed.spec()).isNull();
        assertThat(parsed.problems()).extracting(PipelineProblem::line).containsExactly(2);
    }
}
