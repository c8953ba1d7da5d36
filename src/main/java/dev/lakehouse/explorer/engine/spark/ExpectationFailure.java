package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.pipelines.ExpectationResult;

import java.util.List;

/**
 * A {@code fail} expectation that failed for some rows: the message the user reads, plus every rule's counts so the
 * failed step's report still says how many rows failed which rule. Never leaves engine.spark.
 */
final class ExpectationFailure extends RuntimeException {
    private final long rowsRead;
    private final List<ExpectationResult> results;

    ExpectationFailure(String message, long rowsRead, List<ExpectationResult> results) {
        super(message);
        this.rowsRead = rowsRead;
        this.results = List.copyOf(results);
    }

    ExpectationFailure withMessage(String message) {
        return new ExpectationFailure(message, rowsRead, results);
    }

    long rowsRead() {
        return rowsRead;
    }

    List<ExpectationResult> results() {
        return results;
    }
}
