package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.Optional;

/**
 * SnakeYAML's node tree, read without constructing Java objects: every node keeps its start mark, which is what
 * gives each problem and each form edit its line and place in the text.
 */
final class YamlNodes {

    private YamlNodes() {
    }

    /** The outcome of composing a text: the root node (null for an empty text) or the syntax error. */
    record Composed(Node root, String error, int errorLine) {
        boolean failed() {
            return error != null;
        }
    }

    static Composed compose(String text) {
        try {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            return new Composed(yaml.compose(new StringReader(text)), null, 0);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1
                    : e.getContextMark() != null ? e.getContextMark().getLine() + 1 : 1;
            return new Composed(null, syntaxMessage(e), line);
        } catch (YAMLException e) {
            return new Composed(null, "YAML syntax error: " + e.getMessage() + ".", 1);
        }
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        StringBuilder m = new StringBuilder("YAML syntax error: ");
        if (e.getContext() != null) {
            m.append(e.getContext()).append(", ");
        }
        m.append(e.getProblem() == null ? "cannot read the text" : e.getProblem());
        return m.toString().strip() + ".";
    }

    /** 1-based line of a node's first character. */
    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static boolean isScalar(Node node) {
        return node instanceof ScalarNode;
    }

    static boolean isMap(Node node) {
        return node instanceof MappingNode;
    }

    static boolean isList(Node node) {
        return node instanceof SequenceNode;
    }

    /** {@code key: } with nothing after it, or {@code ~} / {@code null}. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    static boolean isBool(Node node) {
        return node instanceof ScalarNode && Tag.BOOL.equals(node.getTag());
    }

    /** The scalar's text as written (without quotes), whatever type YAML resolves it to. */
    static String scalar(Node node) {
        return ((ScalarNode) node).getValue();
    }

    /** How a user would name the kind of node they wrote, for "should be a map, not a list" messages. */
    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull(node) ? "empty" : "a single value";
    }

    /** The key's text of an entry; keys that are not scalars (rare YAML) read as their kind. */
    static String key(NodeTuple entry) {
        Node k = entry.getKeyNode();
        return k instanceof ScalarNode ? scalar(k) : kind(k);
    }

    /** The entry of a map whose key is {@code key}, if there is one (the first when repeated). */
    static Optional<NodeTuple> entry(MappingNode map, String key) {
        return map.getValue().stream().filter(t -> key.equals(key(t))).findFirst();
    }

    /** The value of {@code key} in a map node, if the node is a map and has that key. */
    static Optional<Node> value(Node map, String key) {
        if (!(map instanceof MappingNode)) {
            return Optional.empty();
        }
        return entry((MappingNode) map, key).map(NodeTuple::getValueNode);
    }
}
