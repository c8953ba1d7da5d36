package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One item of {@code steps:} into a {@link StepSpec}: its name, kind, target and {@code after:}; the kinds' own
 * keys are read by {@link IngestParser}, {@link RulesParser} and {@link WriteParser}.
 */
final class StepParser {
    static final List<String> KEYS = List.of("name", "description", "source", "from", "sql", "target", "schema",
            "schema_evolution", "full", "columns", "where", "dedupe", "expectations", "write", "after");
    private static final List<String> KIND_KEYS = List.of("source", "from", "sql");

    /** A step and what only the whole spec can check: the {@code after:} names with their lines. */
    record ParsedStep(StepSpec spec, List<SpecText> after) {
    }

    private final NodeReader reader;
    private final Problems problems;
    private final Path baseDir;

    StepParser(NodeReader reader, Path baseDir) {
        this.reader = reader;
        this.problems = reader.problems();
        this.baseDir = baseDir;
    }

    /**
     * @param index 1-based position in {@code steps:}, to name a step that has no name
     * @return empty when the step cannot be built (not a map, no name, no kind); its problems are reported
     */
    Optional<ParsedStep> parse(Node item, int index) {
        if (!YamlNodes.isMap(item)) {
            problems.add(YamlNodes.line(item), null, "step " + index + " should be a map with name, target and one"
                    + " of source, from or sql, not " + YamlNodes.kind(item) + ".");
            return Optional.empty();
        }
        MappingNode map = (MappingNode) item;
        int line = YamlNodes.line(map);
        Optional<SpecText> name = reader.required(map, "name", null, line, "every step needs a name");
        String step = name.map(SpecText::text).orElse(null);
        name.ifPresent(this::checkName);
        reader.checkKeys(map, KEYS, null, step);
        Optional<StepKind> kind = kind(map, step, line);
        if (name.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(map, name.get(), kind.get()));
    }

    private void checkName(SpecText name) {
        if (!Names.VALID.matcher(name.text()).matches()) {
            problems.add(name.line(), name.text(), "step name '" + name.text() + "' is not valid: use letters,"
                    + " digits and _, starting with a letter.");
        }
    }

    /** Exactly one of source, from and sql says what the step is; with several, the first one counts. */
    private Optional<StepKind> kind(MappingNode map, String step, int line) {
        List<String> present = new ArrayList<>();
        for (String k : KIND_KEYS) {
            YamlNodes.entry(map, k).ifPresent(e -> present.add(k));
        }
        if (present.isEmpty()) {
            problems.add(line, step, "the step needs one of source (ingest files), from (transform a step or table)"
                    + " or sql (a query).");
            return Optional.empty();
        }
        for (String extra : present.subList(1, present.size())) {
            int at = YamlNodes.line(YamlNodes.entry(map, extra).orElseThrow().getKeyNode());
            problems.add(at, step, "a step has exactly one of source, from or sql, and this one also has "
                    + present.get(0) + ".");
        }
        String first = present.get(0);
        return Optional.of(first.equals("source") ? StepKind.INGEST
                : first.equals("from") ? StepKind.TRANSFORM : StepKind.SQL);
    }

    private ParsedStep build(MappingNode map, SpecText name, StepKind kind) {
        String step = name.text();
        IngestParser ingest = new IngestParser(reader, baseDir, map, step, kind);
        RulesParser rules = new RulesParser(reader, map, step, kind);
        WriteSpec write = new WriteParser(reader, map, step, kind, name.line()).write();
        SpecText from = kind == StepKind.TRANSFORM ? reader.text(map, "from", step).map(this::resolved).orElse(null)
                : null;
        SpecText sql = kind == StepKind.SQL ? reader.text(map, "sql", step).orElse(null) : null;
        List<SpecText> after = reader.texts(map, "after", step);
        StepSpec spec = new StepSpec(step, name.line(), kind, ingest.source(), from, sql, rules.columns(),
                rules.where(), rules.dedupe(), rules.expectations(), write, target(map, step, name.line()),
                ingest.schema(), ingest.evolution(), full(map, step, kind),
                after.stream().map(SpecText::text).toList());
        return new ParsedStep(spec, after);
    }

    /** The target as the runner takes it: a table name as written, a folder made absolute; empty when missing. */
    private SpecText target(MappingNode map, String step, int line) {
        Optional<SpecText> t = reader.required(map, "target", step, line,
                "say where the step writes, a table (silver.orders) or a folder path");
        if (t.isEmpty()) {
            return new SpecText("", line); // the GUI still draws the step; the problem keeps it from running
        }
        String text = t.get().text().strip();
        if (SpecPaths.isPath(text)) {
            return new SpecText(SpecPaths.resolve(text, baseDir), t.get().line());
        }
        if (!SpecPaths.TABLE.matcher(text).matches()) {
            problems.add(t.get().line(), step, "target '" + text + "' is neither a table name (schema.table, with"
                    + " letters, digits and _) nor a folder path (./folder).");
        }
        return new SpecText(text, t.get().line());
    }

    private SpecText resolved(SpecText from) {
        String text = from.text().strip();
        return SpecPaths.isPath(text) ? new SpecText(SpecPaths.resolve(text, baseDir), from.line())
                : new SpecText(text, from.line());
    }

    private boolean full(MappingNode map, String step, StepKind kind) {
        if (YamlNodes.value(map, "full").isEmpty()) {
            return false;
        }
        if (kind != StepKind.TRANSFORM) {
            int line = YamlNodes.line(YamlNodes.entry(map, "full").orElseThrow().getKeyNode());
            problems.add(line, step, "'full' applies to steps with from: only ("
                    + (kind == StepKind.SQL ? "a sql step always reads the whole of its sources" : "an ingest step"
                    + " reads new files; use --full-refresh to re-read all") + ").");
            return false;
        }
        return reader.bool(map, "full", step).orElse(false);
    }
}
