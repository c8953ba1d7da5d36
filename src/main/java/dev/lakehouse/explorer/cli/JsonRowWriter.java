package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lakehouse.explorer.engine.sql.Column;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code {"columns":[{"name":…,"type":…}],"rows":[[…],…]}} — rows are arrays in column order, so duplicate column
 * names (common after a join) stay unambiguous. Streamed: rows are written as they arrive.
 */
final class JsonRowWriter implements RowWriter {
    private final JsonGenerator json;

    JsonRowWriter(PrintWriter out) {
        this.json = JsonOutput.generator(out);
    }

    @Override
    public void begin(List<Column> columns) {
        try {
            json.writeStartObject();
            json.writeArrayFieldStart("columns");
            for (Column c : columns) {
                json.writeStartObject();
                json.writeStringField("name", c.name());
                json.writeStringField("type", c.type());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<Object> values) {
        try {
            json.writeStartArray();
            for (Object v : values) {
                JsonOutput.value(json, v);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end() {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
