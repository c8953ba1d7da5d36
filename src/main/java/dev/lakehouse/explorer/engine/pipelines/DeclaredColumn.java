package dev.lakehouse.explorer.engine.pipelines;

/** A column of a bronze step's declared schema: a name and a Spark SQL type ({@code DECIMAL(12,2)}). */
public record DeclaredColumn(String name, String type, int line) { }
