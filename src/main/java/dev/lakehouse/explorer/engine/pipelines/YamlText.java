package dev.lakehouse.explorer.engine.pipelines;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.List;
import java.util.Optional;

/**
 * A spec's text with its node tree, for edits that change only the characters they must: positions come from
 * SnakeYAML's marks, so the user's comments, blank lines and quoting elsewhere stay as they were.
 */
final class YamlText {
    private final String text;
    private final MappingNode root;

    private YamlText(String text, MappingNode root) {
        this.text = text;
        this.root = root;
    }

    /** @throws InvalidRequestException when the text is not YAML or not a map: the form cannot edit it then */
    static YamlText of(String text) {
        YamlNodes.Composed c = YamlNodes.compose(text);
        if (c.failed()) {
            throw new InvalidRequestException("The spec cannot be edited from the form until its YAML error at line "
                    + c.errorLine() + " is fixed.");
        }
        if (c.root() != null && !YamlNodes.isMap(c.root())) {
            throw new InvalidRequestException("The spec cannot be edited from the form: it is not a map with"
                    + " pipeline: and steps:.");
        }
        return new YamlText(text, (MappingNode) c.root());
    }

    String text() {
        return text;
    }

    Optional<MappingNode> root() {
        return Optional.ofNullable(root);
    }

    Optional<NodeTuple> stepsEntry() {
        return root().flatMap(r -> YamlNodes.entry(r, "steps"));
    }

    /** The items of {@code steps:} that are maps. */
    List<MappingNode> steps() {
        return stepsEntry().map(NodeTuple::getValueNode).filter(YamlNodes::isList)
                .map(n -> ((SequenceNode) n).getValue().stream().filter(YamlNodes::isMap)
                        .map(MappingNode.class::cast).toList())
                .orElse(List.of());
    }

    /** The step named {@code name} as written (before parameter substitution). */
    Optional<MappingNode> findStep(String name) {
        return steps().stream().filter(s -> name.equals(stepName(s).orElse(null))).findFirst();
    }

    MappingNode step(String name) {
        return findStep(name).orElseThrow(() -> new InvalidRequestException("The spec has no step named '" + name
                + "'."));
    }

    static Optional<String> stepName(MappingNode step) {
        return YamlNodes.value(step, "name").filter(YamlNodes::isScalar).map(YamlNodes::scalar);
    }

    static boolean isFlow(Node node) {
        return node instanceof CollectionNode
                && ((CollectionNode<?>) node).getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    static int start(Node node) {
        return node.getStartMark().getIndex();
    }

    static int column(Node node) {
        return node.getStartMark().getColumn();
    }

    /**
     * Just after the node's last character of content. Block collections end where the next token starts (after
     * blank lines and comments that may belong to what follows), so their last item decides; a block scalar's end
     * includes its trailing line breaks, which are not content.
     */
    int contentEnd(Node node) {
        if (node instanceof MappingNode && !isFlow(node) && !((MappingNode) node).getValue().isEmpty()) {
            List<NodeTuple> entries = ((MappingNode) node).getValue();
            return contentEnd(entries.get(entries.size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode && !isFlow(node) && !((SequenceNode) node).getValue().isEmpty()) {
            List<Node> items = ((SequenceNode) node).getValue();
            return contentEnd(items.get(items.size() - 1));
        }
        int end = node.getEndMark().getIndex();
        if (node instanceof ScalarNode && ((ScalarNode) node).getScalarStyle().getChar() != null
                && "|>".indexOf(((ScalarNode) node).getScalarStyle().getChar()) >= 0) {
            while (end > start(node) && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    /** Index of the {@code :} after a key. */
    int colonAfter(Node key) {
        int i = key.getEndMark().getIndex();
        while (i < text.length() && text.charAt(i) != ':') {
            i++;
        }
        return i;
    }

    int lineStart(int index) {
        int i = Math.min(index, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** Index of the line break ending the line of {@code index}, or the text's length on the last line. */
    int lineEnd(int index) {
        int i = text.indexOf('\n', index);
        return i < 0 ? text.length() : i;
    }

    /** The text with {@code [start, end)} replaced. */
    String splice(int start, int end, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
