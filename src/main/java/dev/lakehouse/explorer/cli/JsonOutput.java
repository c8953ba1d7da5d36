package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lakehouse.explorer.engine.catalog.TableSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** JSON for scripts: engine values as JSON values (temporal values as ISO-8601 strings, binary as base64). */
final class JsonOutput {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    static JsonGenerator generator(PrintWriter out) {
        try {
            return FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void value(JsonGenerator json, Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (v instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                json.writeNumber(d);
            } else {
                json.writeString(Double.toString(d));
            }
        } else if (v instanceof Number n) {
            json.writeNumber(n.longValue());
        } else if (v instanceof byte[] bytes) {
            json.writeString(Base64.getEncoder().encodeToString(bytes));
        } else if (v instanceof List<?> list) {
            json.writeStartArray();
            for (Object e : list) {
                value(json, e);
            }
            json.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                value(json, e.getValue());
            }
            json.writeEndObject();
        } else {
            json.writeString(v.toString());
        }
    }

    static void tables(PrintWriter out, List<TableSummary> tables) {
        try {
            JsonGenerator json = generator(out);
            json.writeStartArray();
            for (TableSummary t : tables) {
                json.writeStartObject();
                json.writeStringField("schema", t.schema());
                json.writeStringField("name", t.name());
                json.writeStringField("kind", t.kind());
                json.writeStringField("format", t.format());
                json.writeStringField("location", t.location());
                json.writeFieldName("lastModified");
                value(json, t.lastModified());
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
