package dev.lakehouse.explorer.engine.pipelines;

import java.time.Instant;
import java.util.List;

/**
 * One step of one run. For INGEST and TRANSFORM steps the counts add up:
 * {@code rowsRead = rowsWritten + rowsDropped + rowsQuarantined + rowsDuplicates}; a SQL step reports the rows its
 * query returned as both read and written. For MERGE, {@code rowsWritten = inserted + updated + deleted + unchanged}.
 *
 * @param version       the Delta version the target reached, or null when the step committed nothing
 * @param sourceVersion TRANSFORM: the version of the source read up to, or null
 * @param error         why it failed or was skipped, or null
 */
public record StepReport(String name, StepKind kind, StepStatus status, String target, Long version,
                         long rowsRead, long rowsWritten, long rowsInserted, long rowsUpdated, long rowsDeleted,
                         long rowsUnchanged, long rowsDropped, long rowsQuarantined, long rowsDuplicates,
                         long filesIngested, List<ExpectationResult> expectations, Long sourceVersion,
                         Instant started, Instant ended, String error) {
    public StepReport {
        expectations = List.copyOf(expectations);
    }

    public static StepReport skipped(StepSpec step, String why) {
        return new StepReport(step.name(), step.kind(), StepStatus.SKIPPED, step.target().text(), null, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, List.of(), null, null, null, why);
    }

    public long durationMillis() {
        return started == null || ended == null ? 0 : ended.toEpochMilli() - started.toEpochMilli();
    }
}
