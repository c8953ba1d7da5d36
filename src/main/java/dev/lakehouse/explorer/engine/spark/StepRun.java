package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import org.apache.spark.sql.SparkSession;

import java.time.Instant;

/**
 * One step about to run in one pipeline run.
 *
 * @param spark       the runner's own session ({@code newSession()}): its SQL confs (the MERGE's SetTransaction)
 *                    never leak into the SQL panel's statements
 * @param runStarted  the run's start, which bronze records as {@code _ingested_at}
 * @param fullRefresh recompute from all input
 */
record StepRun(SparkSession spark, PipelineSpec pipeline, StepSpec step, String runId, Instant runStarted,
               boolean fullRefresh, JobContext ctx) {

    /** The SetTransaction app id that marks this step's progress on its target. */
    String appId() {
        return "lakehouse:" + pipeline.name() + ":" + step.name();
    }

    PipelineTarget target() {
        return PipelineTarget.of(step.target().text(), pipeline.document().baseDir());
    }
}
