package dev.lakehouse.explorer.engine.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * One {@link QueryRecord} as one line of JSON. Written by hand through the tree model rather than data binding, so
 * that the file format is spelled out here and renaming a record component cannot change it silently.
 */
final class QueryRecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QueryRecordJson() {
    }

    static String toLine(QueryRecord r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("statement", r.statement());
        o.put("startedAt", r.startedAt().toString());
        o.put("elapsedMs", r.elapsedMillis());
        if (r.rowCount() != null) {
            o.put("rowCount", r.rowCount());
        }
        if (r.moreRows()) {
            o.put("moreRows", true);
        }
        if (r.error() != null) {
            o.put("error", r.error());
        }
        o.put("success", r.success());
        try {
            return MAPPER.writeValueAsString(o); // escapes new lines: one record, one line
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree of plain values always serialises", e);
        }
    }

    /** The record on this line, or empty when the line is not one (cut short by a crash, edited by hand). */
    static Optional<QueryRecord> parse(String line) {
        try {
            JsonNode o = MAPPER.readTree(line);
            if (o == null || !o.isObject() || !o.path("statement").isTextual() || !o.path("startedAt").isTextual()
                    || !o.path("success").isBoolean()) {
                return Optional.empty();
            }
            JsonNode rows = o.path("rowCount");
            return Optional.of(new QueryRecord(o.get("statement").asText(), Instant.parse(o.get("startedAt").asText()),
                    o.path("elapsedMs").asLong(0), rows.isIntegralNumber() ? rows.asLong() : null,
                    o.path("moreRows").asBoolean(false), o.path("error").isTextual() ? o.get("error").asText() : null,
                    o.get("success").asBoolean()));
        } catch (IOException | RuntimeException e) { // malformed JSON, a bad timestamp
            return Optional.empty();
        }
    }
}
