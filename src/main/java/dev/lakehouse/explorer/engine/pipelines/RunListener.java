package dev.lakehouse.explorer.engine.pipelines;

/** Hears a run as it goes, from the runner's thread: the lineage graph and the progress list follow it. */
public interface RunListener {
    RunListener NONE = new RunListener() { };

    /** The run has an id and its steps, all PENDING. */
    default void runStarted(RunReport run) { }

    default void stepStarted(String step) { }

    /** A step ended (succeeded, failed or was skipped). */
    default void stepFinished(StepReport report) { }
}
