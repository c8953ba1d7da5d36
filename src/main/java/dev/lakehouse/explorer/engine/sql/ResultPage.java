package dev.lakehouse.explorer.engine.sql;

import java.util.List;

/**
 * One page of a result. Row values are plain Java: String, Boolean, Integer, Long, Double, Float, Short, Byte,
 * BigDecimal, LocalDate, Instant (timestamp), LocalDateTime (timestamp_ntz), byte[], List (array),
 * Map (map; a struct is a LinkedHashMap of field name to value), or null.
 *
 * @param columns the columns
 * @param rows    the rows, each as many values as there are columns
 * @param hasMore whether more rows follow this page
 */
public record ResultPage(List<Column> columns, List<List<Object>> rows, boolean hasMore) {
    public ResultPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
