package dev.lakehouse.explorer.engine.pipelines;

/** One output column of a step: its name and the SQL expression that makes it. */
public record ColumnSpec(String name, String expression, int line) { }
