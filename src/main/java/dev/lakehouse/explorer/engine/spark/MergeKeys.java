package dev.lakehouse.explorer.engine.spark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the key columns out of a MERGE condition as Delta records it in the history: {@code ["(id#12 = id#40)"]}
 * from Spark 3.5 (expression ids, no aliases), or {@code t.id = s.id} from other writers. Only column-to-column
 * equalities count; comparisons with literals or functions are not keys.
 */
final class MergeKeys {
    // A column reference: optionally qualified (t.id, spark_catalog.db.t.id), optionally back-ticked, with Spark's
    // optional expression id (#12, #12L).
    private static final String PART = "(?:`(?:[^`]|``)+`|[A-Za-z_][A-Za-z0-9_]*)";
    private static final String REF = "(" + PART + "(?:\\." + PART + ")*)(?:#\\d+L?)?";
    private static final Pattern EQUALITY = Pattern.compile("(?<![\\w`.#])" + REF + "\\s*(?:=|<=>)\\s*" + REF + "(?![\\w(])");

    private MergeKeys() {
    }

    /**
     * The key columns of a MERGE predicate, in order, named as the table names them.
     *
     * @param tableColumns the target table's columns, to tell the target side of {@code a = b} from the source side
     */
    static List<String> parse(String predicate, Collection<String> tableColumns) {
        List<String> keys = new ArrayList<>();
        if (predicate == null) {
            return keys;
        }
        Matcher m = EQUALITY.matcher(predicate);
        while (m.find()) {
            String left = lastPart(m.group(1));
            String right = lastPart(m.group(2));
            String key = inTable(left, tableColumns) != null ? inTable(left, tableColumns) : inTable(right, tableColumns);
            if (key != null && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The column name of a possibly qualified reference, without back-ticks. */
    static String lastPart(String ref) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile(PART).matcher(ref);
        while (m.find()) {
            parts.add(m.group());
        }
        String last = parts.isEmpty() ? ref : parts.get(parts.size() - 1);
        return last.startsWith("`") ? last.substring(1, last.length() - 1).replace("``", "`") : last;
    }

    /** The table's own spelling of a column (Spark matches names case-insensitively), or null. */
    private static String inTable(String name, Collection<String> columns) {
        for (String c : columns) {
            if (c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
