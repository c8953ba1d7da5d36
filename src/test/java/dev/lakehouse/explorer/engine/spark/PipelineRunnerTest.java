package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.PipelineException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.PipelineLock;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.RunListener;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunRequest;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.RunSummary;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The runner around the steps: a failed step skips what depends on it while an independent branch goes on, the
 * report is kept and read back, a resumed run does only what was left, one run per pipeline, and a cancel.
 */
class PipelineRunnerTest {
    @TempDir
    static Path dir;
    private static PipelineService pipelines;
    private static SpecDocument spec;

    /** a → b (fails while max is small) → c; a → d. */
    @BeforeAll
    static void writeTheSpec() throws IOException {
        pipelines = SharedEngine.get().pipelines();
        Path landing = Files.createDirectories(dir.resolve("landing"));
        Files.writeString(landing.resolve("day1.csv"), "id,amount\n1,3\n2,7\n3,4\n");
        Path file = dir.resolve("runner.yaml");
        Files.writeString(file, """
                pipeline: runner_test
                parameters: {max: "5"}
                steps:
                  - name: a
                    source: {format: csv, path: ./landing, options: {header: "true"}}
                    schema: {id: INT, amount: INT}
                    target: ./tables/a
                  - name: b
                    from: a
                    columns: {id: id, amount: amount}
                    expectations:
                      - {name: small, rule: "amount < ${max}", action: fail}
                    target: ./tables/b
                  - name: c
                    sql: "SELECT COUNT(*) AS n FROM delta.`${dir}/tables/b`"
                    target: ./tables/c
                  - name: d
                    from: a
                    where: "amount > 3"
                    target: ./tables/d
                """.replace("${dir}", dir.toString()));
        spec = SpecDocument.read(file);
    }

    @Test
    void aFailedStepSkipsItsDependantsAndAResumeRunsOnlyWhatWasLeft() {
        List<String> heard = new ArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void stepFinished(StepReport r) {
                heard.add(r.name() + ":" + r.status());
            }
        };
        RunReport first = pipelines.run(RunRequest.of(spec), listener, JobContext.silent("runner test"));
        assertThat(first.status()).isEqualTo(RunStatus.FAILED);
        assertThat(heard).containsExactly("a:SUCCEEDED", "b:FAILED", "c:SKIPPED", "d:SUCCEEDED");
        assertThat(step(first, "b").error()).contains("small").contains("1 row");
        assertThat(step(first, "c").error()).isEqualTo("skipped: b failed");
        assertThat(step(first, "d").rowsWritten()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("tables/b"))).as("a failed step commits nothing").isFalse();

        RunReport kept = pipelines.show(first.runId()).orElseThrow();
        assertThat(kept.steps()).extracting(StepReport::status).containsExactly(StepStatus.SUCCEEDED,
                StepStatus.FAILED, StepStatus.SKIPPED, StepStatus.SUCCEEDED);
        assertThat(step(kept, "a").rowsRead()).isEqualTo(3);
        assertThat(step(kept, "b").expectations()).singleElement()
                .satisfies(e -> assertThat(e.failed()).isEqualTo(1));
        RunSummary summary = pipelines.runs("runner_test", 10).get(0);
        assertThat(summary.runId()).isEqualTo(first.runId());
        assertThat(summary.stepsFailed()).isEqualTo(1);
        assertThat(summary.stepsSkipped()).isEqualTo(1);

        RunReport resumed = pipelines.run(new RunRequest(spec, Map.of("max", "100"), false, first.runId()),
                RunListener.NONE, JobContext.silent("resume"));
        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(resumed.resumedFrom()).isEqualTo(first.runId());
        assertThat(step(resumed, "a").error()).isEqualTo("done in run " + first.runId());
        assertThat(step(resumed, "d").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(step(resumed, "b").rowsWritten()).isEqualTo(3);
        assertThat(step(resumed, "c").rowsWritten()).isEqualTo(1);
        assertThatThrownBy(() -> pipelines.run(new RunRequest(spec, Map.of(), false, resumed.runId()),
                RunListener.NONE, JobContext.silent("again"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("nothing to resume");
    }

    @Test
    void aSecondRunOfThePipelineWhileOneRunsIsRefused() {
        Path state = SharedEngine.get().info().workspace().resolve(".lakehouse");
        try (PipelineLock held = PipelineLock.acquire(state, "runner_test", "run-held")) {
            assertThatThrownBy(() -> pipelines.run(RunRequest.of(spec), RunListener.NONE, JobContext.silent("x")))
                    .isInstanceOf(PipelineException.class)
                    .hasMessageContaining("Pipeline runner_test is already running (run run-held");
        }
    }

    @Test
    void aCancelledRunStartsNoFurtherStepAndEndsCancelled() throws IOException {
        Path file = branchSpec("runner_cancel", "cancel");
        JobContext ctx = JobContext.silent("cancel test");
        RunListener cancelAfterA = new RunListener() {
            @Override
            public void stepFinished(StepReport r) {
                if (r.name().equals("a")) {
                    SharedEngine.get().jobs().cancel(ctx.id());
                }
            }
        };
        RunReport r = pipelines.run(RunRequest.of(SpecDocument.read(file)), cancelAfterA, ctx);
        assertThat(r.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(r.steps()).extracting(StepReport::status).containsExactly(StepStatus.SUCCEEDED,
                StepStatus.SKIPPED, StepStatus.SKIPPED);
        assertThat(Files.exists(dir.resolve("cancel/a"))).isTrue();
        assertThat(Files.exists(dir.resolve("cancel/b"))).isFalse();
        assertThat(Files.exists(dir.resolve("cancel/d"))).isFalse();
        assertThat(pipelines.show(r.runId()).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void aRunCancelledBeforeItStartsWritesNothing() throws IOException {
        Path file = branchSpec("runner_early", "early");
        JobContext ctx = JobContext.silent("early cancel");
        SharedEngine.get().jobs().cancel(ctx.id());
        assertThatThrownBy(() -> pipelines.run(RunRequest.of(SpecDocument.read(file)), RunListener.NONE, ctx))
                .isInstanceOf(JobCancelledException.class);
        assertThat(Files.exists(dir.resolve("early"))).isFalse();
    }

    /** a → b (fails while max is small); a → d: nothing reads a path before it exists. */
    private static Path branchSpec(String name, String folder) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, """
                pipeline: %s
                parameters: {max: "5"}
                steps:
                  - name: a
                    source: {format: csv, path: ./landing, options: {header: "true"}}
                    schema: {id: INT, amount: INT}
                    target: ./%s/a
                  - name: b
                    from: a
                    columns: {id: id, amount: amount}
                    target: ./%s/b
                  - name: d
                    from: a
                    where: "amount > 3"
                    target: ./%s/d
                """.formatted(name, folder, folder, folder));
        return file;
    }

    private static StepReport step(RunReport r, String name) {
        return r.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
