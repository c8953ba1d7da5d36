package dev.lakehouse.explorer.ui.medallion;

import java.time.Instant;

/** One run's value in an expectation's trend: the rows that failed it in that run. */
public record TrendPoint(String runId, Instant started, long failed, long passed) {
}
