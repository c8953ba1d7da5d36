package dev.lakehouse.explorer.ui.sql;

import java.util.List;
import java.util.Set;

/**
 * What to propose at a caret position: the suggestions, the text range a chosen one replaces, and what the cache
 * still lacks to propose more.
 *
 * @param from         where the word being completed starts
 * @param to           the caret
 * @param suggestions  best first
 * @param afterDot     the word follows {@code name.}: a schema's tables or a table's columns are proposed
 * @param needsTables  schemas and tables have not been read yet
 * @param needsColumns tables the statement names whose columns have not been read yet
 */
record Completion(int from, int to, List<Suggestion> suggestions, boolean afterDot, boolean needsTables,
                  Set<TableName> needsColumns) {

    static Completion none(int caret) {
        return new Completion(caret, caret, List.of(), false, false, Set.of());
    }

    boolean needsData() {
        return needsTables || !needsColumns.isEmpty();
    }
}
