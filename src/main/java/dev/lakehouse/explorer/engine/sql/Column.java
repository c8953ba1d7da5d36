package dev.lakehouse.explorer.engine.sql;

/**
 * One result column.
 *
 * @param name column name
 * @param type the engine's type name in SQL terms ({@code bigint}, {@code struct<a:int>}, …)
 */
public record Column(String name, String type) {
}
