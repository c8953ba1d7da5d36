package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.nodes.MappingNode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A step's {@code write:}, with its defaults: an ingest or transform step appends, a sql step overwrites (it is a
 * materialized view), a merge inserts new keys.
 */
final class WriteParser {
    private static final List<String> KEYS = List.of("mode", "key", "delete_when", "ignore_nulls", "insert_new");
    private static final List<String> MERGE_ONLY = List.of("key", "delete_when", "ignore_nulls", "insert_new");

    private final NodeReader reader;
    private final MappingNode step;
    private final String name;
    private final StepKind kind;
    private final int stepLine;

    WriteParser(NodeReader reader, MappingNode step, String name, StepKind kind, int stepLine) {
        this.reader = reader;
        this.step = step;
        this.name = name;
        this.kind = kind;
        this.stepLine = stepLine;
    }

    static WriteMode defaultMode(StepKind kind) {
        return kind == StepKind.SQL ? WriteMode.OVERWRITE : WriteMode.APPEND;
    }

    WriteSpec write() {
        Optional<MappingNode> map = reader.map(step, "write", name);
        if (map.isEmpty()) {
            return WriteSpec.of(defaultMode(kind), stepLine);
        }
        MappingNode w = map.get();
        reader.checkKeys(w, KEYS, "write", name);
        int line = YamlNodes.line(w);
        WriteMode mode = mode(w);
        if (mode != WriteMode.MERGE) {
            MERGE_ONLY.forEach(k -> YamlNodes.entry(w, k).ifPresent(e -> reader.problems().add(
                    YamlNodes.line(e.getKeyNode()), name, "'" + k + "' applies to write mode merge only.")));
            return WriteSpec.of(mode, line);
        }
        List<String> key = reader.texts(w, "key", name).stream().map(t -> t.text().strip()).toList();
        if (key.isEmpty()) {
            reader.problems().add(line, name, "write mode merge needs a key: the columns that identify a row"
                    + " (key: [order_id]).");
        }
        String deleteWhen = reader.text(w, "delete_when", name).map(SpecText::text).orElse(null);
        boolean ignoreNulls = reader.bool(w, "ignore_nulls", name).orElse(false);
        boolean insertNew = reader.bool(w, "insert_new", name).orElse(true);
        return new WriteSpec(mode, key, deleteWhen, ignoreNulls, insertNew, line);
    }

    private WriteMode mode(MappingNode w) {
        Optional<SpecText> text = reader.text(w, "mode", name);
        if (text.isEmpty()) {
            return defaultMode(kind);
        }
        WriteMode mode;
        try {
            mode = WriteMode.valueOf(text.get().text().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reader.problems().add(text.get().line(), name, "write mode '" + text.get().text() + "' is not one of"
                    + " overwrite, append, merge.");
            return defaultMode(kind);
        }
        return allowed(mode, text.get().line());
    }

    /** Ingest steps only append (bronze keeps everything); sql steps only overwrite (a view is recomputed). */
    private WriteMode allowed(WriteMode mode, int line) {
        if (kind == StepKind.INGEST && mode != WriteMode.APPEND) {
            reader.problems().add(line, name, "an ingest step always appends (bronze keeps every record);"
                    + " write mode " + mode.key() + " is not allowed (use --full-refresh to re-read all files).");
            return WriteMode.APPEND;
        }
        if (kind == StepKind.SQL && mode != WriteMode.OVERWRITE) {
            reader.problems().add(line, name, "a sql step is a materialized view and always overwrites; write mode "
                    + mode.key() + " is not allowed (use from: for an incremental step).");
            return WriteMode.OVERWRITE;
        }
        return mode;
    }
}
