package dev.lakehouse.explorer.engine.pipelines;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's reference must not show a spec the parser refuses. */
class PipelineDocsTest {

    @Test
    void theCompleteExampleInTheDocsParsesCleanWithTheDagItDescribes() throws IOException {
        String md = Files.readString(Path.of("docs/pipelines.md"));
        int start = md.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = md.substring(start, md.indexOf("```", start));

        ParsedSpec parsed = PipelineSpecs.parse(new SpecDocument("docs", Path.of("docs"), yaml), java.util.Map.of());

        assertThat(SpecFixtures.problems(parsed)).isEmpty();
        PipelineGraph g = parsed.spec().graph();
        assertThat(g.dependsOn().get("silver_changes")).containsExactlyInAnyOrder("bronze_changes", "silver_orders");
        assertThat(g.dependsOn().get("gold_daily_revenue")).containsExactlyInAnyOrder("silver_orders",
                "silver_changes");
        assertThat(g.order()).containsExactly("bronze_orders", "bronze_changes", "silver_orders", "silver_changes",
                "gold_daily_revenue");
        assertThat(parsed.spec().step("bronze_orders").orElseThrow().schemaEvolution())
                .isEqualTo(SchemaEvolution.RESCUE);
    }
}
