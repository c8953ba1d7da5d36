package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes values into spec text the way a person would: plain when YAML reads the plain text back as the same text,
 * quoted when it would not ({@code a: b}, {@code #}, {@code null}, a leading {@code *}…), a {@code |} block for
 * multi-line SQL in block style. Each choice is checked by reading it back with SnakeYAML rather than by a list of
 * rules, so no corner of YAML's plain-scalar grammar is missed.
 */
final class YamlScalars {

    private YamlScalars() {
    }

    /**
     * The text of a value after {@code key:}: a scalar ({@link String}), a map ({@link Map}, insertion order) or
     * a list ({@link List}); starts with a space, or with a line break for a block map.
     *
     * @param flow   inside {@code {…}} or {@code […]}, where only flow style is allowed
     * @param indent the column a block map's keys go at
     */
    static String afterKey(Object value, boolean flow, int indent) {
        if (value instanceof Map && !flow) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                b.append('\n').append(" ".repeat(indent)).append(key(e.getKey().toString()))
                        .append(':').append(afterKey(e.getValue(), false, indent + 2));
            }
            return b.toString();
        }
        if (value instanceof List && !flow && ((List<?>) value).stream().anyMatch(v -> v instanceof Map)) {
            StringBuilder b = new StringBuilder();
            for (Object item : (List<?>) value) {
                b.append('\n').append(" ".repeat(indent)).append("- ").append(flow(item));
            }
            return b.toString(); // a list of maps (expectations): one flow map per line, as the docs write them
        }
        if (value instanceof String && !flow) {
            return " " + scalar((String) value, false, indent);
        }
        return " " + flow(value);
    }

    /** A value in flow style: {@code {a: 1, b: x}}, {@code [a, b]} or a scalar. */
    static String flow(Object value) {
        if (value instanceof Map) {
            return ((Map<?, ?>) value).entrySet().stream()
                    .map(e -> key(e.getKey().toString()) + ": " + flow(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(YamlScalars::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        return scalar(String.valueOf(value), true, 0);
    }

    /** A map key: plain when it reads back as itself, else quoted. */
    static String key(String key) {
        if (!key.contains("\n") && readsBack(key + ": x", key, true)) {
            return key;
        }
        return quoted(key);
    }

    /** One scalar value; {@code indent} is where a {@code |} block's lines go. */
    static String scalar(String value, boolean flow, int indent) {
        if (!value.contains("\n")) {
            String doc = flow ? "{k: " + value + "}" : "k: " + value;
            if (!value.isEmpty() && readsBack(doc, value, false)) {
                return value;
            }
            return quoted(value);
        }
        if (!flow && !value.startsWith(" ")) { // a leading space would need an indentation indicator
            String block = literal(value, indent);
            if (readsBack("k: " + block + "\n", value, false)) {
                return block;
            }
        }
        return doubleQuoted(value);
    }

    private static String quoted(String value) {
        if (value.contains("\n") || value.chars().anyMatch(c -> c < 0x20)
                || value.contains("'") && !value.contains("\"") && !value.contains("\\")) {
            return doubleQuoted(value); // SQL is full of 'strings': "…" reads better than '' doubling
        }
        return "'" + value.replace("'", "''") + "'";
    }

    private static String doubleQuoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                default:
                    b.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    /** {@code |-}, {@code |} or {@code |+} (no, one, several trailing line breaks) with the lines at {@code indent}. */
    private static String literal(String value, int indent) {
        String chomp = value.endsWith("\n\n") ? "+" : value.endsWith("\n") ? "" : "-";
        String body = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
        String pad = " ".repeat(Math.max(indent, 1));
        String lines = java.util.Arrays.stream(body.split("\n", -1)).map(l -> l.isEmpty() ? "" : pad + l)
                .collect(Collectors.joining("\n"));
        return "|" + chomp + "\n" + lines;
    }

    /** Whether {@code doc} reads back with {@code expected} as its one key (or that key's value), not a null. */
    private static boolean readsBack(String doc, String expected, boolean asKey) {
        YamlNodes.Composed c = YamlNodes.compose(doc);
        if (c.failed() || !YamlNodes.isMap(c.root())) {
            return false;
        }
        var entries = ((org.yaml.snakeyaml.nodes.MappingNode) c.root()).getValue();
        if (entries.size() != 1) {
            return false;
        }
        Node n = asKey ? entries.get(0).getKeyNode() : entries.get(0).getValueNode();
        return n instanceof ScalarNode && !Tag.NULL.equals(n.getTag()) && expected.equals(((ScalarNode) n).getValue());
    }
}
