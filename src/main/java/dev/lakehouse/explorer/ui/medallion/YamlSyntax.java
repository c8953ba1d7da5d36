package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.ui.sql.SqlSyntax;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;

/**
 * Highlighting of a pipeline spec: YAML keys, strings, literals, {@code ${params}} and comments, and the SQL
 * inside values that hold SQL ({@code sql}, {@code where}, {@code rule}, {@code order_by}, {@code delete_when}, and
 * each column's expression under {@code columns:}) coloured as the SQL editor colours it. Line by line and lenient:
 * the text is being typed.
 */
final class YamlSyntax {
    static final Set<String> SQL_KEYS = Set.of("sql", "where", "rule", "order_by", "delete_when");
    private final StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    private int columnsIndent = -1;
    private int written;

    private YamlSyntax() {
    }

    static StyleSpans<Collection<String>> highlight(String text) {
        var y = new YamlSyntax();
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            String line = nl < 0 ? text.substring(start) : text.substring(start, nl);
            y.line(line);
            if (nl < 0) {
                break;
            }
            y.plain(1);
            start = nl + 1;
        }
        if (y.written == 0) {
            y.plain(0);
        }
        return y.spans.create();
    }

    private void line(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        boolean blank = line.isBlank() || line.strip().startsWith("#");
        if (!blank && columnsIndent >= 0 && indent <= columnsIndent) {
            columnsIndent = -1;
        }
        boolean inColumns = columnsIndent >= 0 && !blank;
        if (line.strip().equals("columns:") || line.strip().startsWith("columns: #")) {
            columnsIndent = indent;
        }
        scan(line, inColumns);
    }

    private void scan(String line, boolean inColumns) {
        int i = 0;
        int n = line.length();
        String lastKey = null;
        int depth = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                styled("yaml-comment", n - i);
                return;
            }
            if (Character.isWhitespace(c)) {
                plain(1);
                i++;
            } else if (c == '"' || c == '\'') {
                int end = quoteEnd(line, i);
                if (isSql(lastKey)) {
                    styled("yaml-string", 1);
                    boolean closed = end <= n && line.charAt(end - 1) == c && end - i > 1;
                    int innerEnd = closed ? end - 1 : end;
                    sql(line.substring(i + 1, innerEnd));
                    if (closed) {
                        styled("yaml-string", 1);
                    }
                } else {
                    string(line.substring(i, end));
                }
                lastKey = null;
                i = end;
            } else if (c == '{' || c == '[' || c == '}' || c == ']' || c == ',' || (c == '-' && next(line, i) == ' ')) {
                depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
                styled("yaml-punct", 1);
                if (c == ',') {
                    lastKey = null;
                }
                i++;
            } else {
                int keyEnd = keyEnd(line, i);
                if (keyEnd > 0) {
                    styled("yaml-key", keyEnd - i);
                    styled("yaml-punct", 1);
                    lastKey = line.substring(i, keyEnd).strip();
                    i = keyEnd + 1;
                    if (inColumns && depth == 0) {
                        lastKey = "sql"; // under columns: the value is a column's expression
                    }
                    continue;
                }
                int end = scalarEnd(line, i, depth > 0);
                String scalar = line.substring(i, end);
                if (isSql(lastKey)) {
                    sql(scalar);
                } else {
                    scalar(scalar);
                }
                lastKey = null;
                i = end;
            }
        }
    }

    private static boolean isSql(String lastKey) {
        return lastKey != null && SQL_KEYS.contains(lastKey);
    }

    /** The index of the ':' ending a key that starts at {@code i}, or -1. */
    private static int keyEnd(String line, int i) {
        int j = i;
        while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '_'
                || line.charAt(j) == '.')) {
            j++;
        }
        if (j == i) {
            return -1;
        }
        int colon = j;
        while (colon < line.length() && line.charAt(colon) == ' ') {
            colon++;
        }
        boolean isKey = colon < line.length() && line.charAt(colon) == ':'
                && (colon + 1 == line.length() || Character.isWhitespace(line.charAt(colon + 1)));
        return isKey ? colon : -1;
    }

    private static int scalarEnd(String line, int i, boolean inFlow) {
        int j = i;
        while (j < line.length()) {
            char c = line.charAt(j);
            if (inFlow && (c == ',' || c == '}' || c == ']')) {
                break;
            }
            if (c == '#' && j > i && Character.isWhitespace(line.charAt(j - 1))) {
                break;
            }
            j++;
        }
        // trailing blanks before a comment stay plain
        while (j > i + 1 && Character.isWhitespace(line.charAt(j - 1))) {
            j--;
        }
        return Math.max(j, i + 1);
    }

    private static int quoteEnd(String line, int start) {
        char q = line.charAt(start);
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (q == '"' && c == '\\') {
                i += 2;
            } else if (q == '\'' && c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                i += 2;
            } else if (c == q) {
                return i + 1;
            } else {
                i++;
            }
        }
        return line.length();
    }

    private static char next(String line, int i) {
        return i + 1 < line.length() ? line.charAt(i + 1) : ' ';
    }

    private void sql(String text) {
        StyleSpans<Collection<String>> sql = SqlSyntax.highlight(text);
        for (StyleSpan<Collection<String>> s : sql) {
            if (s.getLength() > 0) {
                spans.add(s.getStyle(), s.getLength());
                written += s.getLength();
            }
        }
    }

    private void string(String text) {
        withParams(text, "yaml-string");
    }

    private void scalar(String text) {
        String t = text.strip();
        if (t.matches("(?i)true|false|null|~|-?\\d+(\\.\\d+)?")) {
            styled("yaml-literal", text.length());
        } else {
            withParams(text, null);
        }
    }

    /** {@code ${name}} inside a value stands out: it is replaced by the parameter when the spec runs. */
    private void withParams(String text, String style) {
        int i = 0;
        while (i < text.length()) {
            int p = text.indexOf("${", i);
            int close = p < 0 ? -1 : text.indexOf('}', p);
            if (p < 0 || close < 0) {
                styled(style, text.length() - i);
                return;
            }
            styled(style, p - i);
            styled("yaml-param", close + 1 - p);
            i = close + 1;
        }
    }

    private void styled(String style, int length) {
        if (length > 0) {
            spans.add(style == null ? Collections.emptyList() : Collections.singleton(style), length);
            written += length;
        }
    }

    private void plain(int length) {
        spans.add(Collections.emptyList(), length);
        written += length;
    }
}
