package dev.lakehouse.explorer.engine.sql;

import dev.lakehouse.explorer.engine.logging.SecretRedactor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks registered secrets in result values — {@code SELECT secret('s', 'k')}, {@code SET} — before a page leaves the
 * engine, as Databricks shows {@code [REDACTED]} for secret values in notebook results. Strings are masked wherever
 * they sit: in cells, arrays, maps and structs.
 */
public final class ResultRedaction {
    private ResultRedaction() {
    }

    public static ResultPage redact(ResultPage page, SecretRedactor redactor) {
        if (redactor == null || !redactor.hasSecrets()) {
            return page;
        }
        List<List<Object>> rows = new ArrayList<>(page.rows().size());
        for (List<Object> row : page.rows()) {
            List<Object> out = new ArrayList<>(row.size());
            for (Object v : row) {
                out.add(value(v, redactor));
            }
            rows.add(out);
        }
        return new ResultPage(page.columns(), rows, page.hasMore());
    }

    private static Object value(Object v, SecretRedactor redactor) {
        if (v instanceof String s) {
            return redactor.redact(s);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(e -> out.add(value(e, redactor)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, e) -> out.put(value(k, redactor), value(e, redactor)));
            return out;
        }
        return v;
    }
}
