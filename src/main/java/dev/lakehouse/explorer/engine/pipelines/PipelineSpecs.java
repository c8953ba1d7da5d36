package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a pipeline spec (YAML) into a {@link PipelineSpec} and every problem in it, without Spark: fast enough to
 * run on every keystroke of the editor. See {@code docs/pipelines.md} for the format.
 */
public final class PipelineSpecs {
    static final List<String> TOP_KEYS = List.of("pipeline", "description", "parameters", "steps");

    private PipelineSpecs() {
    }

    /**
     * Parses and checks a spec: YAML syntax, unknown and repeated keys, types, names, the rules of each kind of
     * step, parameters, and the DAG (cycles, {@code after:} naming no step, two unordered writers of one target).
     * Every problem is collected, sorted by line. The spec is returned whenever the YAML is a map, even with
     * problems, so the editor can still draw the graph; steps with no name or no kind are left out of it, and a
     * missing target reads as empty text.
     *
     * @param params the run's {@code --param}s; each must be declared under {@code parameters:}
     */
    public static ParsedSpec parse(SpecDocument doc, Map<String, String> params) {
        Problems problems = new Problems(doc.name());
        YamlNodes.Composed composed = YamlNodes.compose(doc.text());
        if (composed.failed()) {
            problems.add(composed.errorLine(), null, composed.error());
            return new ParsedSpec(null, problems.sorted());
        }
        Node root = composed.root();
        if (root == null || !YamlNodes.isMap(root)) {
            problems.add(root == null ? 1 : YamlNodes.line(root), null, "a pipeline spec is a map with pipeline:"
                    + " NAME and steps: (a list of steps)" + (root == null ? "; this one is empty." : "."));
            return new ParsedSpec(null, problems.sorted());
        }
        PipelineSpec spec = new PipelineSpecs.Run(doc, (MappingNode) root, params, problems).spec();
        return new ParsedSpec(spec, problems.sorted());
    }

    /** Parses without {@code --param}s: the spec's defaults. */
    public static ParsedSpec parse(SpecDocument doc) {
        return parse(doc, Map.of());
    }

    /** One parse: the state the steps' parsers share. */
    private static final class Run {
        private final SpecDocument doc;
        private final MappingNode root;
        private final Problems problems;
        private final Parameters parameters;
        private final NodeReader reader;

        Run(SpecDocument doc, MappingNode root, Map<String, String> params, Problems problems) {
            this.doc = doc;
            this.root = root;
            this.problems = problems;
            this.parameters = Parameters.read(YamlNodes.entry(root, "parameters"), params, problems);
            this.reader = new NodeReader(problems, parameters);
        }

        PipelineSpec spec() {
            reader.checkKeys(root, TOP_KEYS, null, null);
            String name = pipelineName();
            reader.text(root, "description", null);
            List<StepParser.ParsedStep> steps = unique(steps());
            PipelineGraph graph = new GraphChecks(steps, problems, doc.baseDir()).graph();
            return new PipelineSpec(name, doc, parameters.values(),
                    steps.stream().map(StepParser.ParsedStep::spec).toList(), graph);
        }

        private String pipelineName() {
            Optional<SpecText> name = reader.required(root, "pipeline", null, 1,
                    "name the pipeline at the top (pipeline: orders)");
            name.filter(n -> !Names.VALID.matcher(n.text()).matches()).ifPresent(n -> problems.add(n.line(), null,
                    "pipeline name '" + n.text() + "' is not valid: use letters, digits and _, starting with a"
                            + " letter."));
            return name.map(SpecText::text).orElse("");
        }

        private List<StepParser.ParsedStep> steps() {
            Optional<NodeTuple> entry = YamlNodes.entry(root, "steps");
            if (entry.isEmpty()) {
                problems.add(1, null, "'steps' is missing: list the pipeline's steps under steps:.");
                return List.of();
            }
            Node value = entry.get().getValueNode();
            if (!YamlNodes.isList(value) || ((SequenceNode) value).getValue().isEmpty()) {
                problems.add(YamlNodes.line(entry.get().getKeyNode()), null, "'steps' should be a list of at least"
                        + " one step, not " + (YamlNodes.isList(value) ? "an empty list" : YamlNodes.kind(value))
                        + ".");
                return List.of();
            }
            StepParser parser = new StepParser(reader, doc.baseDir());
            List<StepParser.ParsedStep> out = new ArrayList<>();
            List<Node> items = ((SequenceNode) value).getValue();
            for (int i = 0; i < items.size(); i++) {
                parser.parse(items.get(i), i + 1).ifPresent(out::add);
            }
            return out;
        }

        /** The first step of each name; a repeated name is a problem at the repeat. */
        private List<StepParser.ParsedStep> unique(List<StepParser.ParsedStep> steps) {
            Map<String, Integer> seen = new HashMap<>();
            List<StepParser.ParsedStep> out = new ArrayList<>();
            for (StepParser.ParsedStep s : steps) {
                Integer first = seen.putIfAbsent(s.spec().name(), s.spec().line());
                if (first == null) {
                    out.add(s);
                } else {
                    problems.add(s.spec().line(), s.spec().name(), "step name '" + s.spec().name() + "' is used"
                            + " twice (first at line " + first + ").");
                }
            }
            return out;
        }
    }
}
