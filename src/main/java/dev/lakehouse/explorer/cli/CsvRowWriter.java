package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.sql.Column;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV with a header line; NULL becomes an empty field. */
final class CsvRowWriter implements RowWriter {
    private final PrintWriter out;

    CsvRowWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<Column> columns) {
        out.print(columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(",")) + "\r\n");
    }

    @Override
    public void row(List<Object> values) {
        out.print(values.stream().map(v -> v == null ? "" : quote(CellText.of(v))).collect(Collectors.joining(",")) + "\r\n");
    }

    @Override
    public void end() {
        out.flush();
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
