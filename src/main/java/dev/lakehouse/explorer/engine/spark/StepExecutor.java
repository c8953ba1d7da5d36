package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.StepReport;
import org.apache.spark.sql.types.StructType;

import java.util.Map;

/** Runs one kind of step. The runner picks one per {@link dev.lakehouse.explorer.engine.pipelines.StepKind}. */
interface StepExecutor {

    /**
     * Runs the step as one Delta commit on its target (its quarantine table, if any, is committed just before).
     * Returns a SUCCEEDED report with its counts, started and ended set.
     *
     * @throws dev.lakehouse.explorer.engine.EngineException when the step fails; its target is left as it was
     */
    StepReport execute(StepRun run);

    /**
     * The schema the step's target will have, planned without running a job (a schema inference may read a
     * sample of files). {@code upstream} holds the planned schemas of the steps already planned, by step name.
     *
     * @throws StepPlanException for what is wrong in the step, with the spec line it is on
     */
    StructType plan(StepRun run, Map<String, StructType> upstream);
}
