package dev.lakehouse.explorer.engine.pipelines;

/** A data-quality rule: a boolean SQL expression every row should satisfy. A null result counts as a failure. */
public record ExpectationSpec(String name, String rule, ExpectationAction action, int line) { }
