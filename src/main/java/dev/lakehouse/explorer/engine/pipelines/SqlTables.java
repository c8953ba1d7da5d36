package dev.lakehouse.explorer.engine.pipelines;

import dev.lakehouse.explorer.engine.pipelines.SqlTokens.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables a Spark SQL query reads: names after FROM (comma lists too) and JOIN. Not a SQL parser: it walks the
 * tokens one parenthesised group at a time, which is enough to skip what only looks like a table: names inside
 * strings and comments, subqueries and their aliases, table-valued functions ({@code range(10)}), VALUES, the
 * {@code FROM} of {@code EXTRACT(YEAR FROM d)} or {@code TRIM(LEADING FROM s)}, and CTE names
 * ({@code WITH x AS (…)}: x is not a table). Time travel ({@code VERSION AS OF 3}) and TABLESAMPLE are stepped over.
 */
public final class SqlTables {
    /** Words that end a FROM item, so they are never taken for an alias. */
    private static final Set<String> NOT_ALIAS = Set.of("SELECT", "FROM", "WHERE", "GROUP", "ORDER", "HAVING",
            "LIMIT", "OFFSET", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL", "SEMI", "ANTI",
            "ON", "USING", "UNION", "EXCEPT", "INTERSECT", "MINUS", "WINDOW", "LATERAL", "PIVOT", "UNPIVOT",
            "CLUSTER", "DISTRIBUTE", "SORT", "QUALIFY", "TABLESAMPLE", "VERSION", "TIMESTAMP", "FOR", "WITH", "AS",
            "INTO", "VALUES", "FETCH", "AND", "OR", "NOT", "SYSTEM_VERSION", "SYSTEM_TIME", "INSERT");
    /** Words that end a FROM clause: after them a comma no longer separates tables. */
    private static final Set<String> END_FROM = Set.of("SELECT", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT",
            "WINDOW", "QUALIFY", "UNION", "EXCEPT", "INTERSECT", "MINUS", "CLUSTER", "DISTRIBUTE", "SORT", "OFFSET",
            "PIVOT", "UNPIVOT", "LATERAL");
    private static final Set<String> TIME_TRAVEL = Set.of("VERSION", "TIMESTAMP", "FOR", "SYSTEM_VERSION",
            "SYSTEM_TIME");

    private final List<Token> tokens;
    private final int[] close;
    private final List<TableReference> found = new ArrayList<>();
    private final Set<String> cteNames = new HashSet<>();

    private SqlTables(List<Token> tokens) {
        this.tokens = tokens;
        this.close = matchParens(tokens);
    }

    /**
     * The tables {@code sql} reads, in the order they appear; a table read twice is listed twice (each place can
     * be replaced). Never throws: text that is not SQL gives what could be read, often nothing.
     */
    public static List<TableReference> referenced(String sql) {
        SqlTables scan = new SqlTables(SqlTokens.of(sql == null ? "" : sql));
        scan.group(0, scan.tokens.size());
        List<TableReference> out = new ArrayList<>();
        for (TableReference r : scan.found) {
            boolean cte = r.parts().size() == 1 && scan.cteNames.contains(r.parts().get(0).toLowerCase(Locale.ROOT));
            if (!cte) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(TableReference::offset));
        return out;
    }

    /** For each {@code (}, the index of its {@code )}; an unclosed one closes at the end. */
    private static int[] matchParens(List<Token> tokens) {
        int[] close = new int[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol('(')) {
                open.push(i);
                close[i] = tokens.size();
            } else if (tokens.get(i).isSymbol(')') && !open.isEmpty()) {
                close[open.pop()] = i;
            }
        }
        return close;
    }

    private Token tok(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : new Token(SqlTokens.Type.SYMBOL, "", -1, -1);
    }

    private boolean word(int i, String w) {
        return tok(i).isWord(w);
    }

    /**
     * One parenthesised group (or the whole text): a FROM counts when the group is a query. Within a FROM clause a
     * comma after a join's ON condition starts another table ({@code FROM a JOIN b ON …, c}).
     */
    private void group(int from, int to) {
        int start = from;
        boolean query = false;
        boolean inFrom = false;
        int i = from;
        while (i < to) {
            Token t = tok(i);
            if (t.isSymbol('(')) {
                group(i + 1, close[i]);
                i = close[i] + 1;
            } else if (t.isSymbol(';')) {
                start = ++i;
                query = false;
                inFrom = false;
            } else if (word(i, "WITH") && isCte(i + 1)) {
                i = ctes(i + 1, to);
                start = i;
            } else if (word(i, "FROM") && (query || i > from && word(i - 1, "DELETE")
                    || i == start && hasSelect(i, to))) {
                i = fromList(i + 1, to);
                inFrom = true;
            } else if (word(i, "JOIN") || inFrom && t.isSymbol(',')) {
                i = item(i + 1, to);
            } else {
                query |= word(i, "SELECT");
                inFrom &= !(t.type() == SqlTokens.Type.WORD && END_FROM.contains(t.text().toUpperCase(Locale.ROOT)));
                i++;
            }
        }
    }

    /** Spark's FROM-first form ({@code FROM t SELECT a}): only with a SELECT after it, unlike TRIM(FROM s). */
    private boolean hasSelect(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tok(i).isSymbol('(')) {
                i = close[i];
            } else if (word(i, "SELECT") || word(i, "INSERT")) {
                return true;
            }
        }
        return false;
    }

    private boolean isCte(int i) {
        if (word(i, "RECURSIVE")) {
            i++;
        }
        return tok(i).isName() && (word(i + 1, "AS") || tok(i + 1).isSymbol('('));
    }

    /** {@code name [(cols)] AS (query), …}: the names are not tables, the queries are scanned. */
    private int ctes(int i, int to) {
        int j = word(i, "RECURSIVE") ? i + 1 : i;
        while (j < to && tok(j).isName()) {
            String name = tok(j).text();
            j++;
            if (tok(j).isSymbol('(')) {
                j = close[j] + 1; // column names
            }
            if (!word(j, "AS")) {
                return j;
            }
            j++;
            if (!tok(j).isSymbol('(')) {
                return j;
            }
            cteNames.add(name.toLowerCase(Locale.ROOT));
            group(j + 1, close[j]);
            j = close[j] + 1;
            if (!tok(j).isSymbol(',')) {
                return j;
            }
            j++;
        }
        return j;
    }

    private int fromList(int i, int to) {
        int j = item(i, to);
        while (j < to && tok(j).isSymbol(',')) {
            j = item(j + 1, to);
        }
        return j;
    }

    /** One FROM or JOIN item: a table, a subquery or a function, then its alias. */
    private int item(int i, int to) {
        if (word(i, "LATERAL")) {
            i++;
        }
        Token t = tok(i);
        if (i >= to || word(i, "VALUES") || !(t.isSymbol('(') || t.isName())) {
            return i;
        }
        if (t.isSymbol('(')) {
            group(i + 1, close[i]);
            return afterItem(close[i] + 1, to);
        }
        int j = i + 1;
        List<String> parts = new ArrayList<>(List.of(t.text()));
        while (tok(j).isSymbol('.') && tok(j + 1).isName()) {
            parts.add(tok(j + 1).text());
            j += 2;
        }
        if (tok(j).isSymbol('(')) { // a table-valued function: its arguments may hold subqueries
            group(j + 1, close[j]);
            return afterItem(close[j] + 1, to);
        }
        int end = tok(j - 1).end();
        found.add(new TableReference(parts, t.start(), end - t.start()));
        return afterItem(j, to);
    }

    /** Steps over time travel, TABLESAMPLE and the alias with its column list. */
    private int afterItem(int i, int to) {
        while (i < to) {
            Token t = tok(i);
            if (t.type() == SqlTokens.Type.WORD && TIME_TRAVEL.contains(t.text().toUpperCase(Locale.ROOT))
                    && ofWithin(i, 4) > 0) {
                i = skipValue(ofWithin(i, 4) + 1);
            } else if (t.isSymbol('@')) {
                i += 2; // Delta's t@v3
            } else if (word(i, "TABLESAMPLE")) {
                i = tok(i + 1).isSymbol('(') ? close[i + 1] + 1 : i + 1;
            } else {
                return alias(i, to);
            }
        }
        return i;
    }

    private int ofWithin(int i, int n) {
        for (int k = i + 1; k <= i + n && k < tokens.size(); k++) {
            if (word(k, "OF")) {
                return k;
            }
        }
        return -1;
    }

    private int skipValue(int i) {
        if (tok(i + 1).isSymbol('(')) {
            return close[i + 1] + 1; // a function call: TIMESTAMP AS OF current_date()
        }
        return i + 1;
    }

    private int alias(int i, int to) {
        int j = word(i, "AS") ? i + 1 : i;
        Token t = tok(j);
        boolean name = t.type() == SqlTokens.Type.QUOTED
                || t.type() == SqlTokens.Type.WORD && !NOT_ALIAS.contains(t.text().toUpperCase(Locale.ROOT));
        if (j >= to || !name) {
            return i;
        }
        j++;
        return tok(j).isSymbol('(') ? close[j] + 1 : j;
    }
}
