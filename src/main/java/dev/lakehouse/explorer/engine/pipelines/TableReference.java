package dev.lakehouse.explorer.engine.pipelines;

import java.util.List;

/**
 * A table a query names after FROM or JOIN, and where: {@code offset} and {@code length} cover the name as written
 * (quotes included), so a caller can put another name in its place.
 *
 * @param parts the name's parts without quotes: {@code `silver`.orders} gives [silver, orders];
 *              {@code delta.`/data/t`} gives [delta, /data/t]
 */
public record TableReference(List<String> parts, int offset, int length) {
    public TableReference {
        parts = List.copyOf(parts);
    }

    /** The parts joined by dots, unquoted: {@code silver.orders}. */
    public String name() {
        return String.join(".", parts);
    }

    /** The text right after the name in {@code sql}. */
    public int end() {
        return offset + length;
    }
}
