package dev.lakehouse.explorer.engine.delta;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a table schema, or one field nested in it.
 *
 * @param name         the logical name (what queries use)
 * @param type         the type in Spark SQL's short form: {@code bigint}, {@code decimal(10,2)},
 *                     {@code struct<a:int>}, {@code array<string>}, {@code map<int,string>}, {@code timestamp_ntz}…
 * @param nullable     whether the column may hold nulls
 * @param comment      the column comment, or null
 * @param physicalName the name in the data files when the table uses column mapping, else null
 * @param metadata     the field's metadata; values that are not strings are given as JSON text
 * @param children     the nested fields of a struct, of an array's struct elements or of a map's struct values;
 *                     empty for other types
 */
public record SchemaField(String name, String type, boolean nullable, String comment, String physicalName,
                          Map<String, String> metadata, List<SchemaField> children) {

    public SchemaField {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        children = List.copyOf(children);
    }
}
