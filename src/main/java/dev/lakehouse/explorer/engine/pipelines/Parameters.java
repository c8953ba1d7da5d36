package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's {@code parameters:} with the run's {@code --param}s over their defaults, and {@code ${name}}
 * substitution. {@code $${x}} stands for a literal {@code ${x}}, for the rare SQL that needs one.
 */
final class Parameters {
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern REF = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");

    private final Map<String, String> values;
    private final List<String> declared;
    private final Problems problems;

    private Parameters(Map<String, String> values, List<String> declared, Problems problems) {
        this.values = values;
        this.declared = declared;
        this.problems = problems;
    }

    /**
     * @param entry the top level {@code parameters:} entry, or empty
     * @param given the run's {@code --param}s
     */
    static Parameters read(Optional<NodeTuple> entry, Map<String, String> given, Problems problems) {
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int keyLine = entry.map(e -> YamlNodes.line(e.getKeyNode())).orElse(0);
        entry.ifPresent(e -> readDefaults(e.getValueNode(), defaults, lines, problems));
        List<String> declared = new ArrayList<>(lines.keySet());
        Map<String, String> values = new LinkedHashMap<>(defaults);
        given.forEach((k, v) -> {
            if (lines.containsKey(k)) {
                values.put(k, v);
            } else {
                problems.add(keyLine, null, "parameter '" + k + "' is given but not declared in parameters (declared: "
                        + names(declared) + ").");
            }
        });
        lines.forEach((k, line) -> {
            if (!values.containsKey(k)) {
                problems.add(line, null, "parameter '" + k + "' has no value: give it a default here or pass --param "
                        + k + "=VALUE.");
            }
        });
        return new Parameters(values, declared, problems);
    }

    private static void readDefaults(Node node, Map<String, String> defaults, Map<String, Integer> lines,
                                     Problems problems) {
        if (YamlNodes.isNull(node)) {
            return; // "parameters:" with nothing under it declares none
        }
        if (!YamlNodes.isMap(node)) {
            problems.add(YamlNodes.line(node), null, "'parameters' should be a map of name to default value, not "
                    + YamlNodes.kind(node) + ".");
            return;
        }
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String name = YamlNodes.key(t);
            int line = YamlNodes.line(t.getKeyNode());
            if (!NAME.matcher(name).matches()) {
                problems.add(line, null, "parameter name '" + name + "' is not valid: use letters, digits and _,"
                        + " not starting with a digit.");
            } else if (lines.containsKey(name)) {
                problems.add(line, null, "parameter '" + name + "' is declared twice (first at line "
                        + lines.get(name) + ").");
            } else {
                lines.put(name, line);
                readDefault(name, t.getValueNode(), defaults, problems);
            }
        }
    }

    private static void readDefault(String name, Node value, Map<String, String> defaults, Problems problems) {
        if (YamlNodes.isNull(value)) {
            return; // declared without a default: the run must pass it
        }
        if (!YamlNodes.isScalar(value)) {
            problems.add(YamlNodes.line(value), null, "parameter '" + name + "' should have a single value as its"
                    + " default, not " + YamlNodes.kind(value) + ".");
            return;
        }
        defaults.put(name, YamlNodes.scalar(value));
    }

    private static String names(List<String> declared) {
        return declared.isEmpty() ? "none" : String.join(", ", declared);
    }

    /** The values in effect, for {@link PipelineSpec#parameters()}. */
    Map<String, String> values() {
        return values;
    }

    /**
     * {@code text} with every {@code ${name}} replaced. A name with no value is a problem at {@code line} and is left
     * as written, so the rest of the text can still be checked.
     */
    String substitute(String text, int line, String step) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m, line, step)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(Matcher m, int line, String step) {
        if (m.group(1) == null) {
            return "${"; // the $${ escape
        }
        String name = m.group(1).strip();
        if (values.containsKey(name)) {
            return values.get(name);
        }
        if (!declared.contains(name)) {
            problems.add(line, step, "'${" + m.group(1) + "}' names no parameter (declared: " + names(declared)
                    + ").");
        }
        return m.group();
    }
}
