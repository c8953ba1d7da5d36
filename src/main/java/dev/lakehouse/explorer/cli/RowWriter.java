package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.sql.Column;

import java.io.PrintWriter;
import java.util.List;

/** Prints a result as it streams in: columns first, then rows page by page, then the end. */
interface RowWriter {
    void begin(List<Column> columns);

    void row(List<Object> values);

    void end();

    static RowWriter of(OutputFormat format, PrintWriter out) {
        return switch (format) {
            case TABLE -> new TextTableWriter(out);
            case CSV -> new CsvRowWriter(out);
            case JSON -> new JsonRowWriter(out);
        };
    }
}
