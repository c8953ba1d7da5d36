package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.SpecText;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;

import java.util.function.Function;

/** The step form's one-line fields: where each lives in the YAML and how to read it from a parsed step. */
public enum FormField {
    NAME("name", StepSpec::name),
    SOURCE_FORMAT("source.format", s -> s.source() == null ? "" : s.source().format().name().toLowerCase(java.util.Locale.ROOT)),
    SOURCE_PATH("source.path", s -> s.source() == null ? "" : s.source().path()), // absolute: see written()
    FROM("from", s -> text(s.from())),
    SQL("sql", s -> text(s.sql())),
    TARGET("target", s -> text(s.target())),
    WHERE("where", s -> text(s.where())),
    WRITE_MODE("write.mode", s -> s.write() == null ? "" : s.write().mode().key()),
    WRITE_KEY("write.key", s -> s.write() == null ? "" : String.join(", ", s.write().key()));

    private final String keyPath;
    private final Function<StepSpec, String> read;

    FormField(String keyPath, Function<StepSpec, String> read) {
        this.keyPath = keyPath;
        this.read = read;
    }

    String keyPath() {
        return keyPath;
    }

    String read(StepSpec step) {
        String v = read.apply(step);
        return v == null ? "" : v;
    }

    /** What the YAML gets for a field's text: a list for the key columns, the text otherwise. */
    Object value(String text) {
        if (this == WRITE_KEY) {
            return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        }
        return text.strip();
    }

    /**
     * A source path as the user would write it: the parser hands it over resolved against the spec's folder, so a
     * path inside that folder is shown relative again ({@code ./landing/orders}, {@code ${landing}/orders}).
     */
    static String written(String absolute, java.nio.file.Path baseDir) {
        if (absolute == null || absolute.isEmpty() || baseDir == null) {
            return absolute == null ? "" : absolute;
        }
        String base = baseDir.toString();
        if (!absolute.startsWith(base + "/") && !absolute.startsWith(base + java.io.File.separator)) {
            return absolute;
        }
        String rel = absolute.substring(base.length() + 1);
        return rel.startsWith("${") ? rel : "./" + rel;
    }

    private static String text(SpecText t) {
        return t == null ? "" : t.text();
    }
}
