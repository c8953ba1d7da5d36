package dev.lakehouse.explorer.engine.pipelines;

/** File formats a bronze step ingests. */
public enum SourceFormat { CSV, JSON, PARQUET }
