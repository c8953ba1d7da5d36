package dev.lakehouse.explorer.engine.pipelines;

import java.util.ArrayList;
import java.util.List;

/**
 * Spark SQL cut into the tokens that matter for finding table names. Strings ({@code '…'} and {@code "…"}, which
 * are both strings in Spark, with backslash escapes) and comments ({@code --}, nested {@code /* *}{@code /}) are
 * dropped, so a FROM inside them counts for nothing; a {@code `quoted`} identifier keeps its text unquoted.
 */
final class SqlTokens {

    enum Type { WORD, QUOTED, NUMBER, STRING, SYMBOL }

    /** One token; {@code text} is unquoted for {@link Type#QUOTED}, the character itself for a symbol. */
    record Token(Type type, String text, int start, int end) {
        boolean isWord(String word) {
            return type == Type.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(char c) {
            return type == Type.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }

        boolean isName() {
            return type == Type.WORD || type == Type.QUOTED;
        }
    }

    private final String sql;
    private final List<Token> out = new ArrayList<>();
    private int pos;

    private SqlTokens(String sql) {
        this.sql = sql;
    }

    static List<Token> of(String sql) {
        SqlTokens t = new SqlTokens(sql);
        t.run();
        return t.out;
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (c == '`') {
                quoted();
            } else if (Character.isDigit(c)) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else {
                out.add(new Token(Type.SYMBOL, String.valueOf(c), pos, pos + 1));
                pos++;
            }
        }
    }

    private char peek(int ahead) {
        return pos + ahead < sql.length() ? sql.charAt(pos + ahead) : '\0';
    }

    private void skipLineComment() {
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** Spark's bracketed comments nest; an unclosed one runs to the end. */
    private void skipBlockComment() {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** A string literal; an unclosed one runs to the end, as nothing after it can be read reliably. */
    private void string(char quote) {
        int start = pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == quote && peek(1) == quote) {
                pos += 2; // '' inside a string is one quote
            } else if (c == quote) {
                pos++;
                break;
            } else {
                pos++;
            }
        }
        pos = Math.min(pos, sql.length());
        out.add(new Token(Type.STRING, sql.substring(start, pos), start, pos));
    }

    /** A backquoted identifier; a doubled backquote inside is one backquote. */
    private void quoted() {
        int start = pos++;
        StringBuilder text = new StringBuilder();
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '`' && peek(1) == '`') {
                text.append('`');
                pos += 2;
            } else if (c == '`') {
                pos++;
                break;
            } else {
                text.append(c);
                pos++;
            }
        }
        out.add(new Token(Type.QUOTED, text.toString(), start, pos));
    }

    private void number() {
        int start = pos;
        while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.'
                || sql.charAt(pos) == '_')) {
            pos++;
        }
        out.add(new Token(Type.NUMBER, sql.substring(start, pos), start, pos));
    }

    private void word() {
        int start = pos;
        while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
            pos++;
        }
        out.add(new Token(Type.WORD, sql.substring(start, pos), start, pos));
    }
}
