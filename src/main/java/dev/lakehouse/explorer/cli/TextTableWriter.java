package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.sql.Column;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table. Column widths come from the first {@value #SAMPLE} rows so that the table streams;
 * later, longer values are cut with an ellipsis rather than buffering the whole result.
 */
final class TextTableWriter implements RowWriter {
    private static final int SAMPLE = 1_000;
    private static final int MAX_WIDTH = 60;
    private final PrintWriter out;
    private final List<List<String>> buffer = new ArrayList<>();
    private List<Column> columns;
    private int[] widths;
    private long count;

    TextTableWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {
        this.columns = columns;
    }

    @Override
    public void row(List<Object> values) {
        count++;
        List<String> cells = values.stream().map(CellText::of).toList();
        if (widths == null) {
            buffer.add(cells);
            if (buffer.size() == SAMPLE) {
                flushBuffer();
            }
        } else {
            print(cells);
        }
    }

    @Override
    public void end() {
        if (columns.isEmpty()) {
            out.println("OK");
            return;
        }
        if (widths == null) {
            flushBuffer();
        }
        out.println("(" + count + (count == 1 ? " row)" : " rows)"));
        out.flush();
    }

    private void flushBuffer() {
        widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(MAX_WIDTH, columns.get(i).name().length());
            for (List<String> r : buffer) {
                widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], r.get(i).length()));
            }
        }
        print(columns.stream().map(Column::name).toList());
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        buffer.forEach(this::print);
        buffer.clear();
    }

    private void print(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            if (c.length() > widths[i]) {
                c = c.substring(0, Math.max(0, widths[i] - 1)) + "…";
            }
            line.append(i == 0 ? "" : " | ").append(c).append(" ".repeat(widths[i] - c.length()));
        }
        out.println(line.toString().stripTrailing());
    }
}
