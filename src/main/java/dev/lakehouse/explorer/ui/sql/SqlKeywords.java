package dev.lakehouse.explorer.ui.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Spark SQL's keywords, as the editor highlights and proposes them. */
final class SqlKeywords {
    static final List<String> ALL = List.of(
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
        "pivot", "lateral", "tablesample", "clone", "shallow", "deep", "add", "column", "rename", "to", "comment");
    /** In the order completion proposes them. */
    static final List<String> SORTED = ALL.stream().sorted().toList();
    private static final Set<String> SET = Set.copyOf(ALL);

    private SqlKeywords() {
    }

    static boolean isKeyword(String word) {
        return SET.contains(word.toLowerCase(Locale.ROOT));
    }
}
