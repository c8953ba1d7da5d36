package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.engine.sql.Column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Spark would do to a fake table's rows for a {@link TableQuery}: a filter of one comparison
 * ({@code amount > 100}, {@code name = 'x'}) and sorting. Any other filter fails as Spark's parser would.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class FakeRows {
    private static final Pattern COMPARISON = Pattern.compile("\\s*(\\w+)\\s*(=|!=|<>|>=|<=|>|<)\\s*(.+?)\\s*");

    private FakeRows() {
    }

    static List<List<Object>> apply(List<Column> columns, List<List<Object>> rows, TableQuery query) {
        List<List<Object>> out = new ArrayList<>(query.filter() == null ? rows
                : rows.stream().filter(filter(columns, query.filter())).toList());
        Comparator<List<Object>> order = null;
        for (TableQuery.SortKey key : query.sort()) {
            int i = index(columns, key.column());
            Comparator<List<Object>> byKey = Comparator.comparing((List<Object> r) -> (Comparable) r.get(i),
                    Comparator.nullsFirst(Comparator.<Comparable>naturalOrder()));
            byKey = key.ascending() ? byKey : byKey.reversed();
            order = order == null ? byKey : order.thenComparing(byKey);
        }
        if (order != null) {
            out.sort(order);
        }
        return out;
    }

    private static Predicate<List<Object>> filter(List<Column> columns, String filter) {
        Matcher m = COMPARISON.matcher(filter);
        if (!m.matches()) {
            throw new QueryException("[PARSE_SYNTAX_ERROR] Syntax error at or near '" + filter.trim().split("\\s+")[0]
                    + "'. (line 1, pos 0)");
        }
        int i = index(columns, m.group(1));
        String op = m.group(2);
        Object literal = literal(m.group(3));
        return row -> {
            Object v = row.get(i);
            if (v == null) {
                return false;
            }
            int c = compare(v, literal);
            return switch (op) {
                case "=" -> c == 0;
                case "!=", "<>" -> c != 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                case ">=" -> c >= 0;
                default -> c <= 0;
            };
        };
    }

    private static Object literal(String text) {
        if (text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
            return text.substring(1, text.length() - 1);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new QueryException("[UNRESOLVED_COLUMN] A column or function parameter with name `" + text
                    + "` cannot be resolved.");
        }
    }

    private static int compare(Object value, Object literal) {
        if (value instanceof Number n && literal instanceof BigDecimal d) {
            return new BigDecimal(n.toString()).compareTo(d);
        }
        return Objects.toString(value).compareTo(Objects.toString(literal));
    }

    static int index(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new QueryException("[UNRESOLVED_COLUMN] A column or function parameter with name `" + name
                + "` cannot be resolved.");
    }
}
