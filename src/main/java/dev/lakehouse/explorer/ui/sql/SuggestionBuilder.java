package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.ui.sql.Suggestion.Kind;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Collects the suggestions that match the prefix, in the order added, without duplicates, at most {@link #MAX}. */
final class SuggestionBuilder {
    static final int MAX = 200;
    private final String prefix;
    private final boolean quote;
    private final CompletionCache cache;
    private final boolean upper;
    private final Map<String, Suggestion> found = new LinkedHashMap<>();
    private final Set<TableName> missing = new LinkedHashSet<>();

    SuggestionBuilder(String prefix, boolean quote, CompletionCache cache, boolean upper) {
        this.prefix = prefix.toLowerCase(Locale.ROOT);
        this.quote = quote;
        this.cache = cache;
        this.upper = upper;
    }

    void qualified(List<String> q, TableReferences refs) {
        if (q.size() >= 2) {
            columns(Set.of(new TableName(q.get(q.size() - 2), q.get(q.size() - 1))));
            return;
        }
        refs.forQualifier(q.get(0)).ifPresent(t -> columns(Set.of(t)));
        if (cache.hasSchema(q.get(0))) {
            String schema = q.get(0).toLowerCase(Locale.ROOT);
            cache.tables(schema).forEach(t -> add(t, SqlCompletion.quoted(t, quote), Kind.TABLE, schema));
        }
    }

    SuggestionBuilder schemas() {
        cache.schemas().forEach(s -> add(s, SqlCompletion.quoted(s, quote), Kind.SCHEMA, "schema"));
        return this;
    }

    SuggestionBuilder tables() {
        for (String s : cache.schemas()) {
            for (String t : cache.tables(s)) {
                String text = SqlCompletion.quoted(s, false) + "." + SqlCompletion.quoted(t, false);
                if (matches(t) || matches(s + "." + t)) {
                    put(new Suggestion(quote ? SqlCompletion.quoted(s + "." + t, true) : text, Kind.TABLE, s));
                }
            }
        }
        return this;
    }

    SuggestionBuilder columns(Set<TableName> tables) {
        for (TableName t : tables) {
            List<Column> cols = cache.columns(t);
            if (cols == null) {
                missing.add(t);
                continue;
            }
            cols.forEach(c -> add(c.name(), SqlCompletion.quoted(c.name(), quote), Kind.COLUMN,
                    c.type() + " · " + t.table()));
        }
        return this;
    }

    SuggestionBuilder keywords() {
        if (!quote) {
            SqlKeywords.SORTED.forEach(k -> add(k, upper ? k.toUpperCase(Locale.ROOT) : k, Kind.KEYWORD, "keyword"));
        }
        return this;
    }

    private void add(String name, String text, Kind kind, String detail) {
        if (matches(name)) {
            put(new Suggestion(text, kind, detail));
        }
    }

    private boolean matches(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    private void put(Suggestion s) {
        if (found.size() < MAX) {
            found.putIfAbsent(s.text().toLowerCase(Locale.ROOT), s);
        }
    }

    /** Tables whose columns were wanted but have not been read. */
    Set<TableName> missing() {
        return missing;
    }

    List<Suggestion> suggestions() {
        return List.copyOf(found.values());
    }
}
