package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lakehouse.explorer.engine.sql.Column;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small listing the management commands print (scopes, connections, storage entries): a text table or CSV, or with
 * {@code --format json} an array of objects, one per row, keyed by column name.
 */
final class Listing {
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    Listing(String... names) {
        this.columns = java.util.Arrays.stream(names).map(n -> new Column(n, "string")).toList();
    }

    Listing row(Object... values) {
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    void print(OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            json(out);
            return;
        }
        RowWriter writer = RowWriter.of(format, out);
        writer.begin(columns);
        rows.forEach(writer::row);
        writer.end();
    }

    private void json(PrintWriter out) {
        try {
            JsonGenerator json = JsonOutput.generator(out);
            json.writeStartArray();
            for (List<Object> row : rows) {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    json.writeFieldName(columns.get(i).name());
                    JsonOutput.value(json, row.get(i));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
