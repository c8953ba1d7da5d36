package dev.lakehouse.explorer.ui.sql;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Basic Spark SQL highlighting: keywords, functions, strings, quoted names, numbers and comments. */
final class SqlSyntax {
    private static final String[] KEYWORDS = {
        "select", "from", "where", "group", "by", "order", "having", "limit", "offset", "join", "inner", "left",
        "right", "full", "outer", "cross", "semi", "anti", "on", "using", "as", "and", "or", "not", "in", "is", "null",
        "like", "ilike", "rlike", "between", "exists", "case", "when", "then", "else", "end", "distinct", "all",
        "union", "intersect", "except", "with", "insert", "into", "overwrite", "values", "update", "set", "delete",
        "merge", "matched", "create", "replace", "drop", "alter", "table", "view", "schema", "database", "if",
        "show", "describe", "detail", "history", "explain", "use", "partitioned", "location", "tblproperties",
        "optimize", "vacuum", "restore", "version", "timestamp", "of", "asc", "desc", "nulls", "first", "last",
        "true", "false", "cast", "interval", "over", "partition", "window", "rows", "range", "unbounded",
        "preceding", "following", "current", "row", "tables", "schemas", "databases", "columns", "temporary",
        "temp", "zorder", "cache", "uncache", "refresh", "analyze", "compute", "statistics", "qualify",
        "pivot", "lateral", "tablesample", "clone", "shallow", "deep", "add", "column", "rename", "to", "comment"
    };
    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>--[^\\n]*|/\\*[\\s\\S]*?(\\*/|$))"
                    + "|(?<STRING>'(?:[^'\\\\]|\\\\.|'')*'?|\"(?:[^\"\\\\]|\\\\.)*\"?)"
                    + "|(?<QUOTED>`[^`]*`?)"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[LSYDBF]?\\b)"
                    + "|(?<KEYWORD>\\b(?i:" + String.join("|", KEYWORDS) + ")\\b)"
                    + "|(?<FUNCTION>\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\())");
    private static final List<String> GROUPS = List.of("COMMENT", "STRING", "QUOTED", "NUMBER", "KEYWORD", "FUNCTION");

    private SqlSyntax() {
    }

    /** Style classes for the whole text, as RichTextFX applies them. */
    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = PATTERN.matcher(text);
        var spans = new StyleSpansBuilder<Collection<String>>();
        int last = 0;
        while (m.find()) {
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(styleOf(m)), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    private static String styleOf(Matcher m) {
        for (String group : GROUPS) {
            if (m.group(group) != null) {
                return "sql-" + group.toLowerCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException("a match without a group");
    }
}
