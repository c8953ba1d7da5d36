package dev.lakehouse.explorer.engine.pipelines;

/** One expectation's outcome in one step run: rows that satisfied the rule and rows that did not (or gave null). */
public record ExpectationResult(String name, ExpectationAction action, long passed, long failed) { }
