/**
 * Medallion pipelines as the engine's face: the YAML spec as records (every value keeps its line), problems found
 * before a run, run reports, and {@link dev.lakehouse.explorer.engine.pipelines.PipelineService}. Pure Java: the
 * parser, the DAG and the static checks run without Spark; the runner lives in {@code engine.spark}.
 */
package dev.lakehouse.explorer.engine.pipelines;
