package dev.lakehouse.explorer.engine.pipelines;

import java.util.regex.Pattern;

/** The one shape of a pipeline, step and expectation name, so it can be a table or column name part too. */
final class Names {
    static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Names() {
    }
}
