package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.ui.sql.SqlTokens.Token;
import dev.lakehouse.explorer.ui.sql.SqlTokens.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to propose at a caret: keywords, schemas, tables (schema-qualified, or a schema's own after {@code schema.})
 * and the columns of the tables the statement names (or of one table after {@code alias.}). Pure: text, caret and
 * the names known so far in, a {@link Completion} out — which also says what names are still missing, so the
 * view-model can read them and ask again.
 */
final class SqlCompletion {
    /** First words of statements that read only; a statement starting otherwise may change a table. */
    private static final Set<String> READS =
            Set.of("select", "with", "show", "describe", "desc", "explain", "values", "from", "list", "set");
    private static final Set<String> DDL = Set.of("create", "drop", "alter", "rename", "replace", "restore", "convert",
            "use", "clone");
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "merge", "truncate", "optimize",
            "vacuum", "reorg");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TABLE_AFTER = Set.of("from", "join", "into", "update", "table", "optimize",
            "vacuum", "restore", "refresh");
    private static final Set<String> TABLE_AFTER_DESCRIBE = Set.of("describe", "desc", "history", "detail",
            "extended", "formatted");
    private static final Set<String> SCHEMA_AFTER = Set.of("use", "schema", "database", "namespace");
    private static final Set<String> LIST_OWNERS = Set.of("from", "select", "where", "by", "having", "on", "set",
            "values", "join", "using", "when", "then", "else", "and", "or", "limit", "with", "as", "into", "table");

    private enum Place { TABLE, SCHEMA, GENERAL }

    private SqlCompletion() {
    }

    static Completion complete(String text, int caret, CompletionCache cache) {
        List<Token> all = SqlTokens.scan(text);
        if (all.stream().anyMatch(t -> inside(t, caret))) {
            return Completion.none(caret); // in a string or a comment: nothing to propose
        }
        List<Token> statement = statementAt(all, caret);
        Token word = statement.stream()
                .filter(t -> t.isName() && t.start() < caret && caret <= t.end()).findFirst().orElse(null);
        int from = word == null ? caret : word.start();
        int to = word != null && word.type() == Type.QUOTED && word.closed() ? word.end() : caret;
        String prefix = word == null ? "" : prefixOf(word, text, caret);
        boolean quote = word != null && word.type() == Type.QUOTED;
        List<Token> before = statement.stream().filter(t -> t.end() <= from).toList();
        var refs = TableReferences.of(statement, cache);
        var out = new SuggestionBuilder(prefix, quote, cache, keywordCase(prefix, statement));
        List<String> qualifier = qualifier(before, from);
        if (!qualifier.isEmpty()) {
            out.qualified(qualifier, refs);
        } else {
            switch (place(before, statement)) {
                case TABLE -> out.schemas().tables();
                case SCHEMA -> out.schemas();
                case GENERAL -> out.columns(refs.tables()).keywords();
            }
        }
        return new Completion(from, to, out.suggestions(), !qualifier.isEmpty(), !cache.hasTables(), out.missing());
    }

    /**
     * Whether running this text may change what completion proposes: DDL changes schemas, tables or columns.
     */
    static boolean mayChangeCatalog(String script) {
        return hasWord(script, DDL);
    }

    /**
     * Whether running this text may commit to a table (DML or maintenance), so pages showing its rows or history
     * are stale; DDL counts too.
     */
    static boolean mayChangeTables(String script) {
        return hasWord(script, DDL) || hasWord(script, WRITES) || hasStatementThatIsNotARead(script);
    }

    private static boolean hasWord(String script, Set<String> words) {
        return SqlTokens.scan(script).stream().filter(t -> t.type() == Type.WORD)
                .anyMatch(t -> words.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /** Whether some statement starts with a word other than a read's (SELECT, WITH, SHOW, DESCRIBE…), e.g. COPY. */
    private static boolean hasStatementThatIsNotARead(String script) {
        boolean statementStart = true;
        for (Token t : SqlTokens.scan(script)) {
            if (t.type() == Type.SEMICOLON) {
                statementStart = true;
            } else if (!t.isComment() && statementStart) {
                statementStart = false;
                if (t.type() != Type.WORD || !READS.contains(t.text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(Token t, int caret) {
        if (t.type() != Type.STRING && !t.isComment()) {
            return false;
        }
        boolean runsOn = !t.closed() || t.type() == Type.LINE_COMMENT; // typing at its end stays inside it
        return t.start() < caret && (caret < t.end() || (caret == t.end() && runsOn));
    }

    private static List<Token> statementAt(List<Token> all, int caret) {
        List<Token> current = new ArrayList<>();
        for (Token t : all) {
            if (t.type() == Type.SEMICOLON) {
                if (t.end() > caret) {
                    break;
                }
                current.clear();
            } else if (!t.isComment()) {
                current.add(t);
            }
        }
        return current;
    }

    private static String prefixOf(Token word, String text, int caret) {
        if (word.type() != Type.QUOTED) {
            return text.substring(word.start(), caret);
        }
        return caret == word.end() && word.closed() ? word.name() : text.substring(word.start() + 1, caret);
    }

    /** The names before {@code name.} or {@code a.b.} right at the word, outermost first; empty when there is none. */
    private static List<String> qualifier(List<Token> before, int from) {
        List<String> parts = new ArrayList<>();
        int i = before.size() - 1;
        int at = from;
        while (i >= 1 && before.get(i).type() == Type.DOT && before.get(i).end() == at
                && before.get(i - 1).isName() && before.get(i - 1).end() == before.get(i).start()) {
            parts.add(0, before.get(i - 1).name());
            at = before.get(i - 1).start();
            i -= 2;
        }
        return parts;
    }

    /** Whether a table, a schema or anything else (a column, a keyword) belongs where the word starts. */
    private static Place place(List<Token> before, List<Token> statement) {
        if (before.isEmpty()) {
            return Place.GENERAL;
        }
        int last = before.size() - 1;
        Token prev = before.get(last);
        if (prev.type() == Type.WORD) {
            return placeAfter(before, last, statement);
        }
        if (prev.type() != Type.COMMA) {
            return Place.GENERAL;
        }
        int depth = 0; // a comma: find the clause whose list this is, "FROM a x, |" or "SELECT a, |"
        for (int i = last - 1; i >= 0; i--) {
            Token t = before.get(i);
            if (t.type() == Type.CLOSE) {
                depth++;
            } else if (t.type() == Type.OPEN && depth-- == 0) {
                return Place.GENERAL;
            } else if (depth == 0 && t.type() == Type.WORD && LIST_OWNERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return t.isWord("from") && !TableReferences.listsSchemas(before, i) ? Place.TABLE : Place.GENERAL;
            }
        }
        return Place.GENERAL;
    }

    private static Place placeAfter(List<Token> before, int i, List<Token> statement) {
        String word = before.get(i).text().toLowerCase(Locale.ROOT);
        boolean describe = statement.get(0).isWord("describe") || statement.get(0).isWord("desc");
        if ((word.equals("from") || word.equals("in")) && TableReferences.listsSchemas(before, i)) {
            return Place.SCHEMA;
        }
        if (SCHEMA_AFTER.contains(word)) {
            return Place.SCHEMA;
        }
        if (TABLE_AFTER.contains(word) || (describe && TABLE_AFTER_DESCRIBE.contains(word))
                || (word.equals("using") && statement.get(0).isWord("merge"))) {
            return Place.TABLE;
        }
        return Place.GENERAL;
    }

    /** Keywords in the case the user writes them: as the prefix, else as the statement's first word. */
    private static boolean keywordCase(String prefix, List<Token> statement) {
        String sample = !prefix.isEmpty() ? prefix
                : statement.isEmpty() || statement.get(0).type() != Type.WORD ? "" : statement.get(0).text();
        return sample.isEmpty() || !sample.equals(sample.toLowerCase(Locale.ROOT));
    }

    /** A name as SQL needs it written: back-ticked when it is not a plain identifier, or is a keyword. */
    static String quoted(String name, boolean always) {
        if (!always && PLAIN_NAME.matcher(name).matches() && !SqlKeywords.isKeyword(name)) {
            return name;
        }
        return "`" + name.replace("`", "``") + "`";
    }
}
