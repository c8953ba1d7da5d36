package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.StepStatus;

import java.util.Locale;

/** A lineage node's colour: how its step went in the pipeline's last run, or that it never ran. */
public enum NodeStatus {
    NEVER_RUN, PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED;

    static NodeStatus of(StepStatus status) {
        return status == null ? NEVER_RUN : NodeStatus.valueOf(status.name());
    }

    /** The CSS pseudo-class and style-class suffix: {@code succeeded}, {@code never-run}. */
    public String css() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return switch (this) {
            case NEVER_RUN -> "Never run";
            case PENDING -> "Waiting";
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped";
        };
    }
}
