package dev.lakehouse.explorer.engine.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at {@code ;}, ignoring semicolons inside quotes, back-ticks and comments.
 */
public final class SqlScript {
    private SqlScript() {
    }

    public static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        if (script == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = copyQuoted(script, i, c, cur);
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                i = skipTo(script, i, "\n") - 1;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                i = skipTo(script, i + 2, "*/") + 1;
                cur.append(' ');
            } else if (c == ';') {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    /** A short form of a statement for messages: its first 60 characters on one line. */
    public static String preview(String statement) {
        String one = statement.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }

    /** What a failure of statement {@code failedIndex} (0-based) left applied. */
    public static String appliedNote(int failedIndex) {
        return switch (failedIndex) {
            case 0 -> "";
            case 1 -> " Statement 1 was applied.";
            default -> " Statements 1–" + failedIndex + " were applied.";
        };
    }

    private static int copyQuoted(String s, int start, char quote, StringBuilder cur) {
        cur.append(quote);
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            cur.append(c);
            if (c == '\\' && quote != '`' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (c == quote) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** Index of the end marker's first char at or after {@code from}, or the length if absent. */
    private static int skipTo(String s, int from, String marker) {
        int idx = s.indexOf(marker, from);
        return idx < 0 ? s.length() : idx;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String stmt = cur.toString().strip();
        if (!stmt.isEmpty()) {
            out.add(stmt);
        }
        cur.setLength(0);
    }
}
