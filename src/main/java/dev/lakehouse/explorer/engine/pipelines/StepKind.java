package dev.lakehouse.explorer.engine.pipelines;

/** The three kinds of step: what they read decides how they run. */
public enum StepKind {
    /** {@code source:} files into bronze, incrementally (only files not ingested before) */
    INGEST,
    /** {@code from:} a step or table, transformed; reads only what changed since its last run */
    TRANSFORM,
    /** {@code sql:} a materialized view: its target always equals the query over the whole of its sources */
    SQL
}
