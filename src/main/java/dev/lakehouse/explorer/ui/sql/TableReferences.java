package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.ui.sql.SqlTokens.Token;
import dev.lakehouse.explorer.ui.sql.SqlTokens.Type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables a statement reads or writes, with their aliases: {@code FROM bronze.orders o JOIN customers c},
 * {@code UPDATE t}, {@code MERGE INTO t USING s}. A sketch of the grammar, enough for completion: sub-queries,
 * table functions ({@code range(10)}) and names the catalog does not know are passed over.
 */
final class TableReferences {
    private static final Set<String> LISTS_TABLES = Set.of("from", "join", "update", "into", "table", "using");
    private final Map<String, TableName> byQualifier = new LinkedHashMap<>();
    private final Set<TableName> tables = new LinkedHashSet<>();

    private TableReferences() {
    }

    /** @param statement the statement's tokens, comments left out */
    static TableReferences of(List<Token> statement, CompletionCache cache) {
        var refs = new TableReferences();
        boolean merge = !statement.isEmpty() && statement.get(0).isWord("merge");
        for (int i = 0; i < statement.size(); i++) {
            Token t = statement.get(i);
            if (t.type() == Type.WORD && LISTS_TABLES.contains(t.text().toLowerCase(Locale.ROOT))
                    && (!t.isWord("using") || merge) && !listsSchemas(statement, i)) {
                refs.readList(statement, i + 1, t.isWord("from"), cache);
            }
        }
        return refs;
    }

    /** Every table named, in order. */
    Set<TableName> tables() {
        return tables;
    }

    /** The table an alias or a table's own name stands for: the {@code o} of {@code o.amount}. */
    Optional<TableName> forQualifier(String name) {
        return Optional.ofNullable(byQualifier.get(name.toLowerCase(Locale.ROOT)));
    }

    /** SHOW TABLES FROM s, SHOW VIEWS IN s: a schema follows, not a table. */
    static boolean listsSchemas(List<Token> statement, int keyword) {
        return keyword > 0 && (statement.get(keyword - 1).isWord("tables") || statement.get(keyword - 1).isWord("views")
                || statement.get(keyword - 1).isWord("functions"));
    }

    private void readList(List<Token> s, int from, boolean commaList, CompletionCache cache) {
        int i = from;
        while (i < s.size()) {
            List<String> parts = new ArrayList<>();
            while (i < s.size() && s.get(i).isName() && !SqlKeywords.isKeyword(s.get(i).text())) {
                parts.add(s.get(i).name());
                boolean dotted = i + 2 < s.size() && s.get(i + 1).type() == Type.DOT && s.get(i + 2).isName();
                i += dotted ? 2 : 1;
                if (!dotted) {
                    break;
                }
            }
            if (parts.isEmpty() || (i < s.size() && s.get(i).type() == Type.OPEN)) {
                return; // a sub-query or a table function
            }
            String alias = null;
            if (i + 1 < s.size() && s.get(i).isWord("as") && s.get(i + 1).isName()) {
                alias = s.get(i + 1).name();
                i += 2;
            } else if (i < s.size() && s.get(i).isName() && !SqlKeywords.isKeyword(s.get(i).text())) {
                alias = s.get(i).name();
                i++;
            }
            add(parts, alias, cache);
            if (!commaList || i >= s.size() || s.get(i).type() != Type.COMMA) {
                return;
            }
            i++;
        }
    }

    private void add(List<String> parts, String alias, CompletionCache cache) {
        int n = parts.size();
        Optional<TableName> table = n == 1 ? cache.resolve(parts.get(0))
                : Optional.of(new TableName(parts.get(n - 2), parts.get(n - 1))); // catalog.schema.table: drop the catalog
        table.ifPresent(t -> {
            tables.add(t);
            byQualifier.putIfAbsent(t.table(), t);
            if (alias != null) {
                byQualifier.put(alias.toLowerCase(Locale.ROOT), t);
            }
        });
    }
}
