package dev.lakehouse.explorer.ui.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into the tokens completion reasons about. Lenient on purpose: it scans text that is being typed,
 * so an unterminated string or comment simply runs to the end.
 */
final class SqlTokens {
    enum Type { WORD, QUOTED, STRING, NUMBER, LINE_COMMENT, BLOCK_COMMENT, DOT, COMMA, SEMICOLON, OPEN, CLOSE, OTHER }

    /**
     * One token.
     *
     * @param closed false for a string, back-ticked name or block comment the text ends inside
     */
    record Token(Type type, int start, int end, String text, boolean closed) {
        boolean isName() {
            return type == Type.WORD || type == Type.QUOTED;
        }

        boolean isWord(String word) {
            return type == Type.WORD && text.equalsIgnoreCase(word);
        }

        boolean isComment() {
            return type == Type.LINE_COMMENT || type == Type.BLOCK_COMMENT;
        }

        /** A name without its back-ticks. */
        String name() {
            if (type != Type.QUOTED) {
                return text;
            }
            String inner = text.substring(1, closed ? text.length() - 1 : text.length());
            return inner.replace("``", "`");
        }
    }

    private SqlTokens() {
    }

    static List<Token> scan(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Type type;
            boolean closed = true;
            if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? n : nl;
                type = Type.LINE_COMMENT;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                closed = close >= 0;
                i = closed ? close + 2 : n;
                type = Type.BLOCK_COMMENT;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = quoteEnd(s, i);
                closed = end >= 0;
                i = closed ? end : n;
                type = c == '`' ? Type.QUOTED : Type.STRING;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                type = Type.WORD;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                type = Type.NUMBER;
            } else {
                i++;
                type = switch (c) {
                    case '.' -> Type.DOT;
                    case ',' -> Type.COMMA;
                    case ';' -> Type.SEMICOLON;
                    case '(' -> Type.OPEN;
                    case ')' -> Type.CLOSE;
                    default -> Type.OTHER;
                };
            }
            out.add(new Token(type, start, i, s.substring(start, i), closed));
        }
        return out;
    }

    /** The index after the closing quote, or -1 when the text ends first. */
    private static int quoteEnd(String s, int start) {
        char q = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && q != '`') {
                i += 2;
            } else if (c == q && i + 1 < s.length() && s.charAt(i + 1) == q) {
                i += 2; // a doubled quote stands for itself
            } else if (c == q) {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
