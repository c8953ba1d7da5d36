package dev.lakehouse.explorer.engine.pipelines;

/** How a pipeline run ended. RUNNING is only seen while it runs (or for a process that died mid-run). */
public enum RunStatus { RUNNING, SUCCEEDED, FAILED, CANCELLED }
