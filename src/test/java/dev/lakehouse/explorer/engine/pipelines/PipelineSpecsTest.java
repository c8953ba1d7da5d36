package dev.lakehouse.explorer.engine.pipelines;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.BASE;
import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.lines;
import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.parse;
import static dev.lakehouse.explorer.engine.pipelines.SpecFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

/** Good specs parse to the records the runner reads. */
class PipelineSpecsTest {

    @Test
    void theIssuesExampleParsesWithoutProblems() {
        ParsedSpec parsed = parse(SpecFixtures.orders());

        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.ok()).isTrue();
        PipelineSpec spec = parsed.spec();
        assertThat(spec.name()).isEqualTo("orders");
        assertThat(spec.parameters()).isEqualTo(Map.of("landing", "./landing"));
        assertThat(spec.steps()).extracting(StepSpec::name)
                .containsExactly("bronze_orders", "silver_orders", "gold_daily_revenue");
    }

    @Test
    void theIngestStepHasItsSourceResolvedAgainstTheSpecFolderAndAppends() {
        StepSpec bronze = parse(SpecFixtures.orders()).spec().step("bronze_orders").orElseThrow();

        assertThat(bronze.kind()).isEqualTo(StepKind.INGEST);
        assertThat(bronze.line()).isEqualTo(4);
        assertThat(bronze.source()).isEqualTo(new SourceSpec(SourceFormat.CSV,
                BASE.resolve("landing/orders").toString(), Map.of("header", "true", "delimiter", ","), 5));
        assertThat(bronze.target()).isEqualTo(new SpecText("bronze.orders", 6));
        assertThat(bronze.write()).isEqualTo(WriteSpec.of(WriteMode.APPEND, 4));
        assertThat(bronze.schema()).isEmpty();
        assertThat(bronze.schemaEvolution()).isEqualTo(SchemaEvolution.FAIL);
        assertThat(bronze.from()).isNull();
    }

    @Test
    void theTransformStepKeepsColumnsInOrderWithRulesAndMerge() {
        StepSpec silver = parse(SpecFixtures.orders()).spec().step("silver_orders").orElseThrow();

        assertThat(silver.kind()).isEqualTo(StepKind.TRANSFORM);
        assertThat(silver.from()).isEqualTo(new SpecText("bronze_orders", 8));
        assertThat(silver.columns()).containsExactly(
                new ColumnSpec("order_id", "CAST(order_id AS BIGINT)", 10),
                new ColumnSpec("amount", "CAST(amount AS DECIMAL(12,2))", 11),
                new ColumnSpec("order_date", "TO_DATE(order_ts)", 12));
        assertThat(silver.where()).isEqualTo(new SpecText("status <> 'test'", 13));
        assertThat(silver.dedupe()).isEqualTo(new DedupeSpec(List.of("order_id"), "updated_at DESC", 14));
        assertThat(silver.expectations()).containsExactly(
                new ExpectationSpec("id_present", "order_id IS NOT NULL", ExpectationAction.QUARANTINE, 16),
                new ExpectationSpec("amount_positive", "amount > 0", ExpectationAction.DROP, 17));
        assertThat(silver.write()).isEqualTo(new WriteSpec(WriteMode.MERGE, List.of("order_id"), "op = 'D'", false,
                true, 18));
        assertThat(silver.full()).isFalse();
        assertThat(silver.quarantineTarget()).isEqualTo("silver.orders_quarantine");
    }

    @Test
    void theSqlStepReadsTheSilverTargetSoTheGraphRunsBronzeSilverGold() {
        PipelineSpec spec = parse(SpecFixtures.orders()).spec();

        assertThat(spec.step("gold_daily_revenue").orElseThrow().kind()).isEqualTo(StepKind.SQL);
        assertThat(spec.graph().dependsOn()).containsEntry("silver_orders", java.util.Set.of("bronze_orders"))
                .containsEntry("gold_daily_revenue", java.util.Set.of("silver_orders"))
                .containsEntry("bronze_orders", java.util.Set.of());
        assertThat(spec.runOrder()).extracting(StepSpec::name)
                .containsExactly("bronze_orders", "silver_orders", "gold_daily_revenue");
    }

    @Test
    void aGivenParameterOverridesTheDefaultEverywhere() {
        ParsedSpec parsed = parse(SpecFixtures.orders(), Map.of("landing", "/srv/in"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.spec().parameters()).containsEntry("landing", "/srv/in");
        assertThat(parsed.spec().step("bronze_orders").orElseThrow().source().path())
                .isEqualTo(java.nio.file.Path.of("/srv/in/orders").toString());
    }

    @Test
    void defaultsFillWhatTheSpecLeavesOut() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: t",
                "    from: raw.events",
                "    target: silver.events",
                "  - name: s",
                "    sql: SELECT 1 AS one",
                "    target: gold.one",
                "  - name: m",
                "    from: t",
                "    write: {mode: merge, key: id}",
                "    target: silver.m",
                "    expectations:",
                "      - name: ok",
                "        rule: id > 0"));

        assertThat(problems(parsed)).isEmpty();
        PipelineSpec spec = parsed.spec();
        assertThat(spec.step("t").orElseThrow().write().mode()).isEqualTo(WriteMode.APPEND);
        assertThat(spec.step("s").orElseThrow().write().mode()).isEqualTo(WriteMode.OVERWRITE);
        StepSpec m = spec.step("m").orElseThrow();
        assertThat(m.write().key()).containsExactly("id");
        assertThat(m.write().insertNew()).isTrue();
        assertThat(m.write().ignoreNulls()).isFalse();
        assertThat(m.write().deleteWhen()).isNull();
        assertThat(m.expectations()).containsExactly(new ExpectationSpec("ok", "id > 0", ExpectationAction.WARN,
                14));
    }

    @Test
    void ingestReadsDeclaredSchemaAndEvolutionSettings() {
        String base = lines(
                "pipeline: p",
                "steps:",
                "  - name: b",
                "    source: {format: JSON, path: /data/in}",
                "    schema:",
                "      id: BIGINT",
                "      amount: DECIMAL(12,2)",
                "    schema_evolution: %s",
                "    target: ./bronze");

        StepSpec b = parse(base.formatted("rescue")).spec().steps().get(0);

        assertThat(b.source().format()).isEqualTo(SourceFormat.JSON);
        assertThat(b.schema()).containsExactly(new DeclaredColumn("id", "BIGINT", 6),
                new DeclaredColumn("amount", "DECIMAL(12,2)", 7));
        assertThat(b.schemaEvolution()).isEqualTo(SchemaEvolution.RESCUE);
        assertThat(b.target().text()).isEqualTo(BASE.resolve("bronze").toString());
        assertThat(parse(base.formatted("true")).spec().steps().get(0).schemaEvolution())
                .isEqualTo(SchemaEvolution.ADD);
        assertThat(parse(base.formatted("false")).spec().steps().get(0).schemaEvolution())
                .isEqualTo(SchemaEvolution.FAIL);
    }

    @Test
    void transformOptionsFullAfterAndMergeFlags() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: a",
                "    from: ext.t",
                "    target: x.a",
                "  - name: b",
                "    from: ext.u",
                "    full: true",
                "    after: [a]",
                "    write:",
                "      mode: merge",
                "      key: [k1, k2]",
                "      ignore_nulls: true",
                "      insert_new: false",
                "    target: x.b"));

        assertThat(problems(parsed)).isEmpty();
        StepSpec b = parsed.spec().step("b").orElseThrow();
        assertThat(b.full()).isTrue();
        assertThat(b.after()).containsExactly("a");
        assertThat(b.write()).isEqualTo(new WriteSpec(WriteMode.MERGE, List.of("k1", "k2"), null, true, false, 11));
        assertThat(parsed.spec().graph().dependsOn().get("b")).containsExactly("a");
    }

    @Test
    void fromATableAnotherStepWritesIsAnEdgeWhateverItsSpelling() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: report",
                "    sql: SELECT * FROM `Silver`.`Orders` o JOIN default.dims d ON o.k = d.k",
                "    target: gold.report",
                "  - name: clean",
                "    from: SILVER.orders_raw",
                "    target: silver.orders",
                "  - name: dims",
                "    from: ext.dims",
                "    target: dims",
                "  - name: raw",
                "    from: ext.raw",
                "    target: silver.orders_raw"));

        assertThat(problems(parsed)).isEmpty();
        PipelineGraph g = parsed.spec().graph();
        assertThat(g.dependsOn().get("report")).containsExactlyInAnyOrder("clean", "dims");
        assertThat(g.dependsOn().get("clean")).containsExactly("raw");
        assertThat(g.order()).containsExactly("dims", "raw", "clean", "report");
    }

    @Test
    void aSqlStepReadingAPathTargetThroughDeltaDependsOnIt() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: s",
                "    sql: SELECT * FROM delta.`./out/silver`",
                "    target: ./out/gold",
                "  - name: t",
                "    from: ext.x",
                "    target: ./out/silver"));

        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.spec().graph().dependsOn().get("s")).containsExactly("t");
    }

    @Test
    void twoWritersOfOneTargetAreFineWhenOneRunsAfterTheOther() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: silver",
                "    from: bronze.orders",
                "    write: {mode: merge, key: [id]}",
                "    target: silver.orders",
                "  - name: changes",
                "    from: bronze.changes",
                "    write: {mode: merge, key: [id]}",
                "    after: [silver]",
                "    target: silver.orders",
                "  - name: gold",
                "    sql: SELECT count(*) AS n FROM silver.orders",
                "    target: gold.n"));

        assertThat(problems(parsed)).isEmpty();
        assertThat(parsed.spec().graph().dependsOn().get("gold")).containsExactlyInAnyOrder("silver", "changes");
        assertThat(parsed.spec().graph().order()).containsExactly("silver", "changes", "gold");
    }

    @Test
    void parametersAreSubstitutedInEveryStringAndEscapedWithADoubleDollar() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "parameters:",
                "  env: dev",
                "  min: 10",
                "steps:",
                "  - name: t",
                "    from: ${env}_raw.orders",
                "    where: amount > ${min} AND note <> '$${literal}'",
                "    columns: {total: \"amount * ${min}\"}",
                "    target: ${env}.orders"), Map.of("env", "prod"));

        assertThat(problems(parsed)).isEmpty();
        StepSpec t = parsed.spec().steps().get(0);
        assertThat(t.from().text()).isEqualTo("prod_raw.orders");
        assertThat(t.where().text()).isEqualTo("amount > 10 AND note <> '${literal}'");
        assertThat(t.columns().get(0).expression()).isEqualTo("amount * 10");
        assertThat(t.target().text()).isEqualTo("prod.orders");
        assertThat(parsed.spec().parameters()).isEqualTo(Map.of("env", "prod", "min", "10"));
    }

    @Test
    void multiLineSqlInABlockScalarKeepsItsText() {
        ParsedSpec parsed = parse(lines(
                "pipeline: p",
                "steps:",
                "  - name: g",
                "    sql: |",
                "      SELECT d, SUM(x) AS s -- from the FROM clause",
                "      FROM silver.t",
                "      GROUP BY d",
                "    target: gold.g",
                "  - name: t",
                "    from: bronze_t",
                "    target: silver.t"));

        assertThat(problems(parsed)).isEmpty();
        StepSpec g = parsed.spec().steps().get(0);
        assertThat(g.sql()).isEqualTo(new SpecText(
                "SELECT d, SUM(x) AS s -- from the FROM clause\nFROM silver.t\nGROUP BY d\n", 4));
        assertThat(parsed.spec().graph().dependsOn().get("g")).containsExactly("t");
    }
}
