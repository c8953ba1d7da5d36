package dev.lakehouse.explorer.ui.sql;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Basic Spark SQL highlighting: keywords, functions, strings, quoted names, numbers and comments. Public so that SQL
 * inside other text (a pipeline spec's values) is coloured with the same {@code sql-*} style classes.
 */
public final class SqlSyntax {
    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>--[^\\n]*|/\\*[\\s\\S]*?(\\*/|$))"
                    + "|(?<STRING>'(?:[^'\\\\]|\\\\.|'')*'?|\"(?:[^\"\\\\]|\\\\.)*\"?)"
                    + "|(?<QUOTED>`[^`]*`?)"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[LSYDBF]?\\b)"
                    + "|(?<KEYWORD>\\b(?i:" + String.join("|", SqlKeywords.ALL) + ")\\b)"
                    + "|(?<FUNCTION>\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\())");
    private static final List<String> GROUPS = List.of("COMMENT", "STRING", "QUOTED", "NUMBER", "KEYWORD", "FUNCTION");

    private SqlSyntax() {
    }

    /** Style classes for the whole text, as RichTextFX applies them. */
    public static StyleSpans<Collection<String>> highlight(String text) {
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
