package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.ParsedSpec;
import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.RunListener;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunRequest;
import dev.lakehouse.explorer.engine.pipelines.RunSummary;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.workspace.Workspace;
import org.apache.spark.sql.SparkSession;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Medallion pipelines on the embedded Spark session. (Being built: the runner arrives with issue 9.) */
final class SparkPipelineService implements PipelineService {
    private final Workspace workspace;
    private final Supplier<SparkSession> spark;
    private final Supplier<SparkJobs> jobs;

    SparkPipelineService(Workspace workspace, Supplier<SparkSession> spark, Supplier<SparkJobs> jobs) {
        this.workspace = workspace;
        this.spark = spark;
        this.jobs = jobs;
    }

    @Override
    public ParsedSpec check(SpecDocument spec, Map<String, String> params) {
        throw new UnsupportedOperationException("pipelines are not built yet");
    }

    @Override
    public List<PipelineProblem> validate(SpecDocument spec, Map<String, String> params, JobContext ctx) {
        throw new UnsupportedOperationException("pipelines are not built yet");
    }

    @Override
    public RunReport run(RunRequest request, RunListener listener, JobContext ctx) {
        throw new UnsupportedOperationException("pipelines are not built yet");
    }

    @Override
    public List<RunSummary> runs(String pipeline, int limit) {
        throw new UnsupportedOperationException("pipelines are not built yet");
    }

    @Override
    public Optional<RunReport> show(String runId) {
        throw new UnsupportedOperationException("pipelines are not built yet");
    }

    @Override
    public List<RunReport> history(String pipeline, int limit) {
        throw new UnsupportedOperationException("pipelines are not built yet");
    }
}
