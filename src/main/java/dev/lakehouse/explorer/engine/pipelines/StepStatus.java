package dev.lakehouse.explorer.engine.pipelines;

/** How one step of a run ended. PENDING and RUNNING are only seen while the run goes on. */
public enum StepStatus { PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED }
