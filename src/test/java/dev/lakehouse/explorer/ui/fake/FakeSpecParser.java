package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import dev.lakehouse.explorer.engine.pipelines.ExpectationAction;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import dev.lakehouse.explorer.engine.pipelines.ParsedSpec;
import dev.lakehouse.explorer.engine.pipelines.PipelineGraph;
import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.SourceFormat;
import dev.lakehouse.explorer.engine.pipelines.SourceSpec;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.SpecText;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;
import dev.lakehouse.explorer.engine.pipelines.WriteMode;
import dev.lakehouse.explorer.engine.pipelines.WriteSpec;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enough of the spec format for UI tests: steps with their lines, parameters substituted, the DAG from {@code from:}
 * and the tables a {@code sql:} reads, and the problems a user makes while typing (a YAML syntax error, an unknown
 * key, a step without a target). Not the engine's parser: that one is tested on its own.
 */
final class FakeSpecParser {
    private static final Set<String> TOP = Set.of("pipeline", "description", "parameters", "steps");
    private static final Set<String> STEP_KEYS = Set.of("name", "description", "source", "from", "sql", "target",
            "columns", "where", "dedupe", "expectations", "write", "schema", "schema_evolution", "full", "after");
    private static final Pattern PARAM = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final Pattern READS = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+([A-Za-z_][A-Za-z0-9_.]*)");
    private final SpecDocument doc;
    private final List<PipelineProblem> problems = new ArrayList<>();
    private final Map<String, String> params = new LinkedHashMap<>();

    private FakeSpecParser(SpecDocument doc) {
        this.doc = doc;
    }

    static ParsedSpec parse(SpecDocument doc, Map<String, String> overrides) {
        return new FakeSpecParser(doc).run(overrides);
    }

    private ParsedSpec run(Map<String, String> overrides) {
        Node root;
        try {
            root = new Yaml().compose(new StringReader(doc.text()));
        } catch (MarkedYAMLException e) {
            problem(e.getProblemMark().getLine() + 1, null, "YAML syntax: " + e.getProblem());
            return new ParsedSpec(null, problems);
        }
        if (!(root instanceof MappingNode map)) {
            problem(1, null, "a spec is a mapping with pipeline: and steps:");
            return new ParsedSpec(null, problems);
        }
        String name = null;
        SequenceNode steps = null;
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode());
            switch (key) {
                case "pipeline" -> name = scalar(t.getValueNode());
                case "parameters" -> mapping(t.getValueNode()).forEach((k, v) -> params.put(k, scalar(v)));
                case "steps" -> steps = t.getValueNode() instanceof SequenceNode s ? s : null;
                default -> {
                    if (!TOP.contains(key)) {
                        problem(line(t.getKeyNode()), null, "unknown key '" + key + "'");
                    }
                }
            }
        }
        overrides.forEach((k, v) -> {
            if (!params.containsKey(k)) {
                problem(0, null, "parameter '" + k + "' is given but not declared in parameters");
            }
            params.put(k, v);
        });
        if (name == null) {
            problem(1, null, "missing pipeline:");
            return new ParsedSpec(null, problems);
        }
        List<StepSpec> built = new ArrayList<>();
        if (steps != null) {
            for (Node n : steps.getValue()) {
                if (n instanceof MappingNode m) {
                    built.add(step(m));
                }
            }
        }
        var spec = new PipelineSpec(name, doc, params, built, graph(built));
        return new ParsedSpec(spec, problems);
    }

    private StepSpec step(MappingNode m) {
        String name = null;
        int line = line(m);
        SourceSpec source = null;
        SpecText from = null, sql = null, target = null, where = null;
        List<ColumnSpec> columns = new ArrayList<>();
        List<ExpectationSpec> expectations = new ArrayList<>();
        WriteSpec write = null;
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            Node v = t.getValueNode();
            int at = line(t.getKeyNode());
            switch (key) {
                case "name" -> {
                    name = scalar(v);
                    line = at;
                }
                case "source" -> source = source(mapping(v), at);
                case "from" -> from = text(v);
                case "sql" -> sql = text(v);
                case "target" -> target = text(v);
                case "where" -> where = text(v);
                case "columns" -> mapping(v).forEach((c, e) -> columns.add(new ColumnSpec(c, sub(scalar(e)), line(e))));
                case "expectations" -> expectations.addAll(expectations(v));
                case "write" -> write = write(mapping(v), at);
                default -> {
                    if (!STEP_KEYS.contains(key)) {
                        problem(at, name, "unknown key '" + key + "'");
                    }
                }
            }
        }
        if (target == null) {
            problem(line, name, "a step needs a target");
        }
        StepKind kind = source != null ? StepKind.INGEST : sql != null ? StepKind.SQL : StepKind.TRANSFORM;
        return new StepSpec(name, line, kind, source, from, sql, columns, where, null, expectations,
                write, target == null ? new SpecText("", line) : target, List.of(), false, false, List.of());
    }

    private SourceSpec source(Map<String, Node> m, int line) {
        String path = m.containsKey("path") ? sub(scalar(m.get("path"))) : "";
        Map<String, String> options = new LinkedHashMap<>();
        if (m.containsKey("options")) {
            mapping(m.get("options")).forEach((k, v) -> options.put(k, scalar(v)));
        }
        SourceFormat format = SourceFormat.valueOf(m.containsKey("format")
                ? scalar(m.get("format")).toUpperCase(Locale.ROOT) : "CSV");
        return new SourceSpec(format, doc.baseDir().resolve(path).normalize().toString(), options, line);
    }

    private List<ExpectationSpec> expectations(Node v) {
        List<ExpectationSpec> out = new ArrayList<>();
        if (v instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                Map<String, Node> e = mapping(n);
                String action = e.containsKey("action") ? scalar(e.get("action")) : "warn";
                out.add(new ExpectationSpec(scalar(e.get("name")), sub(scalar(e.get("rule"))),
                        ExpectationAction.valueOf(action.toUpperCase(Locale.ROOT)), line(n)));
            }
        }
        return out;
    }

    private WriteSpec write(Map<String, Node> m, int line) {
        WriteMode mode = m.containsKey("mode") ? WriteMode.valueOf(scalar(m.get("mode")).toUpperCase(Locale.ROOT))
                : WriteMode.APPEND;
        List<String> key = new ArrayList<>();
        if (m.get("key") instanceof SequenceNode s) {
            s.getValue().forEach(n -> key.add(scalar(n)));
        }
        return new WriteSpec(mode, key, null, false, true, line);
    }

    private PipelineGraph graph(List<StepSpec> steps) {
        Map<String, String> byTarget = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        steps.forEach(s -> {
            names.add(s.name());
            byTarget.put(s.target().text(), s.name());
        });
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        for (StepSpec s : steps) {
            Set<String> d = new HashSet<>();
            if (s.from() != null) {
                String f = s.from().text();
                if (names.contains(f)) {
                    d.add(f);
                } else if (byTarget.containsKey(f)) {
                    d.add(byTarget.get(f));
                }
            }
            if (s.sql() != null) {
                Matcher m = READS.matcher(s.sql().text());
                while (m.find()) {
                    if (byTarget.containsKey(m.group(1))) {
                        d.add(byTarget.get(m.group(1)));
                    }
                }
            }
            d.remove(s.name());
            deps.put(s.name(), d);
        }
        return new PipelineGraph(steps.stream().map(StepSpec::name).toList(), deps);
    }

    private SpecText text(Node n) {
        return new SpecText(sub(scalar(n)), line(n));
    }

    private String sub(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = PARAM.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = params.get(m.group(1));
            if (v == null) {
                problem(0, null, "no parameter " + m.group(1));
                v = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Node> mapping(Node n) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (n instanceof MappingNode m) {
            m.getValue().forEach(t -> out.put(scalar(t.getKeyNode()), t.getValueNode()));
        }
        return out;
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    private void problem(int line, String step, String message) {
        problems.add(new PipelineProblem(doc.name(), line, step, message));
    }
}
