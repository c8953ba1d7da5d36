package dev.lakehouse.explorer.engine.pipelines;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Adding and removing whole steps in the text, for {@link SpecEdits}. */
final class StepTemplates {
    private static final Pattern NAME_LINE = Pattern.compile("^\\s*-\\s*\\{?\\s*name:\\s*['\"]?([A-Za-z0-9_]+)");

    private StepTemplates() {
    }

    /** A template that parses clean and reads the last step (or a placeholder table when there is none). */
    static Map<String, Object> template(String name, StepKind kind, Optional<MappingNode> previous) {
        String table = name.toLowerCase(Locale.ROOT).replaceFirst("^(bronze|silver|gold)_", "");
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("name", name);
        if (kind == StepKind.INGEST) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("format", "csv");
            source.put("path", "./landing/" + table);
            source.put("options", Map.of("header", "true"));
            step.put("source", source);
            step.put("target", "bronze." + table);
        } else if (kind == StepKind.TRANSFORM) {
            step.put("from", previous.flatMap(YamlText::stepName).orElse("bronze." + table));
            step.put("target", "silver." + table);
        } else {
            String read = previous.flatMap(p -> YamlNodes.value(p, "target")).filter(YamlNodes::isScalar)
                    .map(YamlNodes::scalar).filter(SpecPaths.TABLE.asPredicate()).orElse("silver." + table);
            step.put("sql", "SELECT * FROM " + read);
            step.put("target", "gold." + table);
        }
        return step;
    }

    static String add(YamlText t, String name, StepKind kind) {
        if (!Names.VALID.matcher(name).matches()) {
            throw new InvalidRequestException("Step name '" + name + "' is not valid: use letters, digits and _,"
                    + " starting with a letter.");
        }
        if (t.findStep(name).isPresent()) {
            throw new InvalidRequestException("The spec already has a step named '" + name + "'.");
        }
        List<MappingNode> steps = t.steps();
        Map<String, Object> step = template(name, kind, steps.isEmpty() ? Optional.empty()
                : Optional.of(steps.get(steps.size() - 1)));
        Optional<NodeTuple> entry = t.stepsEntry();
        if (entry.isEmpty()) {
            String sep = t.text().isEmpty() || t.text().endsWith("\n") ? "" : "\n";
            return t.text() + sep + "steps:" + block(step, 2) + "\n";
        }
        Node value = entry.get().getValueNode();
        if (YamlNodes.isList(value) && !((SequenceNode) value).getValue().isEmpty()) {
            return YamlText.isFlow(value) ? appendFlow(t, (SequenceNode) value, step) : appendBlock(t,
                    (SequenceNode) value, step);
        }
        // steps: with nothing, [] or something that is not a list: a fresh block list in its place
        int from = t.colonAfter(entry.get().getKeyNode()) + 1;
        int to = YamlNodes.isNull(value) ? from : t.contentEnd(value);
        return t.splice(from, to, block(step, YamlText.column(entry.get().getKeyNode()) + 2));
    }

    private static String appendBlock(YamlText t, SequenceNode steps, Map<String, Object> step) {
        Node first = steps.getValue().get(0);
        int dash = t.text().lastIndexOf('-', YamlText.start(first));
        int dashCol = dash - t.lineStart(dash);
        int at = t.lineEnd(t.contentEnd(steps));
        return t.splice(at, at, block(step, dashCol));
    }

    private static String appendFlow(YamlText t, SequenceNode steps, Map<String, Object> step) {
        List<Node> items = steps.getValue();
        int at = t.contentEnd(items.get(items.size() - 1));
        return t.splice(at, at, ", " + YamlScalars.flow(step));
    }

    /** {@code - name: x} and the other keys under it, each line starting with a line break. */
    private static String block(Map<String, Object> step, int dashCol) {
        StringBuilder b = new StringBuilder();
        String pad = " ".repeat(dashCol + 2);
        boolean first = true;
        for (Map.Entry<String, Object> e : step.entrySet()) {
            b.append('\n').append(first ? " ".repeat(dashCol) + "- " : pad).append(e.getKey()).append(':')
                    .append(YamlScalars.afterKey(e.getValue(), false, dashCol + 4));
            first = false;
        }
        return b.toString();
    }

    static String remove(YamlText t, String name) {
        MappingNode step = t.step(name);
        SequenceNode steps = (SequenceNode) t.stepsEntry().orElseThrow().getValueNode();
        List<Node> items = steps.getValue();
        int i = items.indexOf(step);
        if (YamlText.isFlow(steps)) {
            int from = i < items.size() - 1 ? YamlText.start(step) : i > 0 ? t.contentEnd(items.get(i - 1))
                    : YamlText.start(step);
            int to = i < items.size() - 1 ? YamlText.start(items.get(i + 1)) : t.contentEnd(step);
            return t.splice(from, to, "");
        }
        if (items.size() == 1) {
            NodeTuple entry = t.stepsEntry().orElseThrow();
            int from = t.colonAfter(entry.getKeyNode()) + 1;
            return t.splice(from, t.lineEnd(t.contentEnd(steps)), " []");
        }
        int dash = t.text().lastIndexOf('-', YamlText.start(step));
        int lineStart = t.lineStart(dash);
        int lineEnd = t.lineEnd(t.contentEnd(step));
        return lineEnd < t.text().length() ? t.splice(lineStart, lineEnd + 1, "")
                : t.splice(Math.max(lineStart - 1, 0), lineEnd, "");
    }

    /** The nearest {@code - name: x} at or above {@code line}, for text that does not parse right now. */
    static Optional<String> nameAbove(String yaml, int line) {
        String[] lines = yaml.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = NAME_LINE.matcher(lines[i]);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
            if (!lines[i].isEmpty() && !Character.isWhitespace(lines[i].charAt(0)) && !lines[i].startsWith("-")
                    && !lines[i].startsWith("#")) {
                return Optional.empty(); // a top level key: above the steps
            }
        }
        return Optional.empty();
    }
}
