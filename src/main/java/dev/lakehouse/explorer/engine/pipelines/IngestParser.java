package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.nodes.MappingNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The keys only an ingest step has: {@code source}, {@code schema} and {@code schema_evolution}. */
final class IngestParser {
    private static final List<String> SOURCE_KEYS = List.of("format", "path", "options");

    private final NodeReader reader;
    private final Path baseDir;
    private final MappingNode step;
    private final String name;
    private final boolean ingest;

    IngestParser(NodeReader reader, Path baseDir, MappingNode step, String name, StepKind kind) {
        this.reader = reader;
        this.baseDir = baseDir;
        this.step = step;
        this.name = name;
        this.ingest = kind == StepKind.INGEST;
        if (!ingest) {
            onlyForIngest("schema");
            onlyForIngest("schema_evolution");
        }
    }

    private void onlyForIngest(String key) {
        YamlNodes.entry(step, key).ifPresent(e -> reader.problems().add(YamlNodes.line(e.getKeyNode()), name,
                "'" + key + "' applies to ingest steps (with source:) only; a transform sets its output with"
                        + " columns:."));
    }

    /** The source, or null when it is not an ingest step or the source cannot be read. */
    SourceSpec source() {
        if (!ingest) {
            return null;
        }
        Optional<MappingNode> map = reader.map(step, "source", name);
        if (map.isEmpty()) {
            return null;
        }
        MappingNode src = map.get();
        reader.checkKeys(src, SOURCE_KEYS, "source", name);
        int line = YamlNodes.line(src);
        Optional<SourceFormat> format = reader.required(src, "format", name, line, "csv, json or parquet")
                .flatMap(this::format);
        Optional<SpecText> path = reader.required(src, "path", name, line, "the folder the files land in");
        Map<String, String> options = options(src);
        if (format.isEmpty() || path.isEmpty()) {
            return null;
        }
        return new SourceSpec(format.get(), SpecPaths.resolve(path.get().text().strip(), baseDir), options, line);
    }

    private Optional<SourceFormat> format(SpecText text) {
        for (SourceFormat f : SourceFormat.values()) {
            if (f.name().equalsIgnoreCase(text.text().strip())) {
                return Optional.of(f);
            }
        }
        reader.problems().add(text.line(), name, "source format '" + text.text() + "' is not one of csv, json,"
                + " parquet.");
        return Optional.empty();
    }

    private Map<String, String> options(MappingNode src) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlNodes.value(src, "options").filter(v -> !YamlNodes.isNull(v))
                .flatMap(v -> reader.asMap(v, "options", name))
                .ifPresent(m -> reader.pairs(m, "options", name)
                        .forEach(p -> out.put(p.getKey().text(), p.getValue().text())));
        return out;
    }

    /** The declared schema in the spec's order; empty to infer it on the first run. */
    List<DeclaredColumn> schema() {
        List<DeclaredColumn> out = new ArrayList<>();
        if (ingest) {
            reader.map(step, "schema", name).ifPresent(m -> reader.pairs(m, "schema", name).forEach(p ->
                    out.add(new DeclaredColumn(p.getKey().text(), p.getValue().text(), p.getKey().line()))));
        }
        return out;
    }

    /** {@code false} (the default) fails on new columns, {@code true} adds them, {@code rescue} rescues them. */
    SchemaEvolution evolution() {
        if (!ingest) {
            return SchemaEvolution.FAIL;
        }
        Optional<SpecText> text = reader.text(step, "schema_evolution", name);
        if (text.isEmpty()) {
            return SchemaEvolution.FAIL;
        }
        String v = text.get().text().strip().toLowerCase(Locale.ROOT);
        for (SchemaEvolution e : SchemaEvolution.values()) {
            if (e.key().equals(v)) {
                return e;
            }
        }
        reader.problems().add(text.get().line(), name, "'schema_evolution' should be false (fail on new columns),"
                + " true (add them) or rescue (keep them in _rescued_data), not '" + text.get().text() + "'.");
        return SchemaEvolution.FAIL;
    }
}
