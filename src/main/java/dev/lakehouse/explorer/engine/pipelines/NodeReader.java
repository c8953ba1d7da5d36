package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of spec nodes that report what is wrong instead of throwing: each read returns empty after adding a
 * problem at the node's line, so one bad value does not hide the next. Every text read has its parameters
 * substituted.
 */
final class NodeReader {
    private final Problems problems;
    private final Parameters parameters;

    NodeReader(Problems problems, Parameters parameters) {
        this.problems = problems;
        this.parameters = parameters;
    }

    Problems problems() {
        return problems;
    }

    /**
     * Reports keys not in {@code allowed} and keys given twice.
     *
     * @param where the map's own key ({@code write}) for nested maps, or null for a step or the top level
     */
    void checkKeys(MappingNode map, List<String> allowed, String where, String step) {
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = YamlNodes.key(t);
            int line = YamlNodes.line(t.getKeyNode());
            if (!allowed.contains(key)) {
                problems.add(line, step, "unknown key '" + key + "'" + (where == null ? "" : " in " + where)
                        + " (expected one of: " + String.join(", ", allowed) + ").");
            } else if (seen.containsKey(key)) {
                problems.add(line, step, "key '" + key + "' is given twice (first at line " + seen.get(key) + ").");
            } else {
                seen.put(key, line);
            }
        }
    }

    /** The value of {@code key} when it is there and is a map. */
    Optional<MappingNode> map(Node parent, String key, String step) {
        return YamlNodes.value(parent, key).flatMap(v -> asMap(v, key, step));
    }

    Optional<MappingNode> asMap(Node value, String key, String step) {
        if (YamlNodes.isMap(value)) {
            return Optional.of((MappingNode) value);
        }
        problems.add(YamlNodes.line(value), step, "'" + key + "' should be a map, not " + YamlNodes.kind(value) + ".");
        return Optional.empty();
    }

    /** The value of {@code key} when it is there and is a list. */
    Optional<SequenceNode> list(Node parent, String key, String step) {
        return YamlNodes.value(parent, key).flatMap(v -> {
            if (YamlNodes.isList(v)) {
                return Optional.of((SequenceNode) v);
            }
            problems.add(YamlNodes.line(v), step, "'" + key + "' should be a list, not " + YamlNodes.kind(v) + ".");
            return Optional.empty();
        });
    }

    /** The text of {@code key}, parameters substituted; a map, a list or no value there is a problem. */
    Optional<SpecText> text(Node parent, String key, String step) {
        return YamlNodes.value(parent, key).flatMap(v -> asText(v, key, step));
    }

    Optional<SpecText> asText(Node value, String key, String step) {
        int line = YamlNodes.line(value);
        if (YamlNodes.isNull(value)) {
            problems.add(line, step, "'" + key + "' has no value.");
            return Optional.empty();
        }
        if (!YamlNodes.isScalar(value)) {
            problems.add(line, step, "'" + key + "' should be a single value, not " + YamlNodes.kind(value) + ".");
            return Optional.empty();
        }
        return Optional.of(new SpecText(parameters.substitute(YamlNodes.scalar(value), line, step), line));
    }

    /** Like {@link #text}, but a missing key is a problem at {@code line} too. */
    Optional<SpecText> required(Node parent, String key, String step, int line, String hint) {
        if (YamlNodes.value(parent, key).isEmpty()) {
            problems.add(line, step, "'" + key + "' is missing: " + hint + ".");
            return Optional.empty();
        }
        return text(parent, key, step);
    }

    /** {@code true} / {@code false} (also quoted), or empty with a problem. */
    Optional<Boolean> bool(Node parent, String key, String step) {
        return text(parent, key, step).flatMap(t -> {
            String v = t.text().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return Optional.of(v.equals("true"));
            }
            problems.add(t.line(), step, "'" + key + "' should be true or false, not '" + t.text() + "'.");
            return Optional.empty();
        });
    }

    /** A list of texts; a single value counts as a list of one ({@code key: order_id}). */
    List<SpecText> texts(Node parent, String key, String step) {
        Optional<Node> value = YamlNodes.value(parent, key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!YamlNodes.isList(value.get())) {
            return asText(value.get(), key, step).map(List::of).orElse(List.of());
        }
        List<SpecText> out = new ArrayList<>();
        for (Node item : ((SequenceNode) value.get()).getValue()) {
            asText(item, key, step).ifPresent(out::add);
        }
        return out;
    }

    /** A map of name to text in the spec's order ({@code columns}, {@code schema}, {@code options}). */
    List<Map.Entry<SpecText, SpecText>> pairs(MappingNode map, String key, String step) {
        List<Map.Entry<SpecText, SpecText>> out = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            Optional<SpecText> name = asText(t.getKeyNode(), key, step);
            Optional<SpecText> value = asText(t.getValueNode(), key + "." + YamlNodes.key(t), step);
            if (name.isPresent() && value.isPresent()) {
                out.add(Map.entry(name.get(), value.get()));
            }
        }
        return out;
    }
}
