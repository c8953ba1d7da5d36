package dev.lakehouse.explorer.ui.sql;

import java.util.Locale;

/** A table as completion knows it: schema and name, lower-cased, since Spark's names are case-insensitive. */
record TableName(String schema, String table) {
    TableName {
        schema = schema.toLowerCase(Locale.ROOT);
        table = table.toLowerCase(Locale.ROOT);
    }

    String qualified() {
        return schema + "." + table;
    }

    @Override
    public String toString() {
        return qualified();
    }
}
