package dev.lakehouse.explorer.engine.delta;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The schema of one version of a Delta table.
 *
 * @param fields           the top-level columns, in table order
 * @param partitionColumns the partition columns, in order
 */
public record TableSchema(List<SchemaField> fields, List<String> partitionColumns) {

    public TableSchema {
        fields = List.copyOf(fields);
        partitionColumns = List.copyOf(partitionColumns);
    }

    /** The whole schema in Spark SQL's short form, e.g. {@code struct<id:bigint,name:string>}. */
    public String simpleString() {
        return fields.stream().map(f -> f.name() + ":" + f.type()).collect(Collectors.joining(",", "struct<", ">"));
    }
}
