package dev.lakehouse.explorer.engine.metastore;

import dev.lakehouse.explorer.engine.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A metastore table name as typed: {@code table}, {@code schema.table} or {@code spark_catalog.schema.table}, parts
 * optionally back-ticked ({@code `my schema`.`my.table`}). The metastore keeps names in lower case, as Spark does.
 *
 * @param schema the schema (database); {@code default} when none was typed
 * @param table  the table
 */
record TableName(String schema, String table) {

    static TableName parse(String text) {
        List<String> parts = split(text);
        if (parts.size() == 3 && parts.get(0).equalsIgnoreCase("spark_catalog")) {
            parts = parts.subList(1, 3);
        }
        if (parts.isEmpty() || parts.size() > 2 || parts.stream().anyMatch(String::isEmpty)) {
            throw new InvalidRequestException("Not a table name or folder: " + text
                    + " (give schema.table, or a folder path)");
        }
        String schema = parts.size() == 2 ? parts.get(0) : "default";
        return new TableName(schema.toLowerCase(Locale.ROOT), parts.get(parts.size() - 1).toLowerCase(Locale.ROOT));
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '`') {
                    cur.append('`'); // `` inside back-ticks is one back-tick
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new InvalidRequestException("Unclosed back-tick in table name: " + text);
        }
        parts.add(cur.toString());
        return parts;
    }

    @Override
    public String toString() {
        return schema + "." + table;
    }
}
