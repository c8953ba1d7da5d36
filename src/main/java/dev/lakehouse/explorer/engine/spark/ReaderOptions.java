package dev.lakehouse.explorer.engine.spark;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A source's reader options as the spec gives them, looked up case-insensitively as Spark does. Bronze decides a
 * few options itself (it never drops or fails on a malformed record, and reads every value as text before typing
 * it), so those are taken out of what is passed to Spark.
 */
final class ReaderOptions {
    /** Options bronze sets itself: bronze is always PERMISSIVE with its own corrupt-record column and schema. */
    private static final List<String> OWN = List.of("mode", "columnnameofcorruptrecord", "inferschema",
            "enforceschema", "header", "samplingratio", "mergeschema", "pathglobfilter", "recursivefilelookup");
    private final Map<String, String> given = new LinkedHashMap<>();

    ReaderOptions(Map<String, String> options) {
        options.forEach((k, v) -> given.put(k.toLowerCase(Locale.ROOT), v));
    }

    String get(String key, String fallback) {
        return given.getOrDefault(key.toLowerCase(Locale.ROOT), fallback);
    }

    /** Spark's default: a CSV file has no header line unless {@code header: true}. */
    boolean header() {
        return Boolean.parseBoolean(get("header", "false"));
    }

    /** {@code encoding} (or its alias {@code charset}); UTF-8 by default, as Spark. */
    Charset charset() {
        String name = get("encoding", get("charset", "UTF-8"));
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new dev.lakehouse.explorer.engine.PipelineException("unknown encoding '" + name + "' in the source options");
        }
    }

    boolean isUtf8() {
        return charset().equals(StandardCharsets.UTF_8);
    }

    /** What is passed to Spark's reader as given. */
    Map<String, String> passThrough() {
        Map<String, String> out = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            if (!OWN.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
