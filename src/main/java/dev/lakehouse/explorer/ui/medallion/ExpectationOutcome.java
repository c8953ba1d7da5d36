package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;

/** One expectation's result in the report: which step's rule, what it does, rows that passed and failed it. */
public record ExpectationOutcome(String step, String name, ExpectationAction action, long passed, long failed) {

    /** How the trend and the chart name it: {@code silver_orders.id_present}. */
    public String key() {
        return step + "." + name;
    }

    public double failedShare() {
        long all = passed + failed;
        return all == 0 ? 0 : (double) failed / all;
    }
}
