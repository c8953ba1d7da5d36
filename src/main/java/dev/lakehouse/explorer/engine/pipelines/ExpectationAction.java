package dev.lakehouse.explorer.engine.pipelines;

import java.util.Locale;

/** What a failed expectation does to its row, as in Delta Live Tables' expectations. */
public enum ExpectationAction {
    /** keep the row, count it */
    WARN,
    /** leave the row out, count it */
    DROP,
    /** move the row to {@code <target>_quarantine} with the rules it failed */
    QUARANTINE,
    /** stop the run; the step commits nothing */
    FAIL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
