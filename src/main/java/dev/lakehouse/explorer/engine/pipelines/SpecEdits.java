package dev.lakehouse.explorer.engine.pipelines;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edits of a spec's YAML text for the Medallion panel's step form, so the form and the editor show one text. Each
 * edit changes only the characters of the value it sets (positions from SnakeYAML's node marks); the user's
 * comments and layout elsewhere stay. Values are written plain when YAML reads them back as the same text, quoted
 * otherwise. Steps are found by their {@code name:} as written.
 *
 * @throws InvalidRequestException from every edit when the YAML does not parse (the form waits for the text to be
 *         fixed), when there is no such step, or when a key on the path holds something other than a map
 */
public final class SpecEdits {

    private SpecEdits() {
    }

    /**
     * Sets one value of a step, adding the key (and the maps on its path) when missing, in the style of the map it
     * goes in: {@code ["target"]}, {@code ["write", "mode"]}, {@code ["source", "path"]}, {@code ["where"]}.
     */
    public static String setStepValue(String yaml, String step, List<String> keyPath, String value) {
        return set(YamlText.of(yaml), step, keyPath, value);
    }

    /** Sets a list of a step ({@code ["write", "key"]}, {@code ["after"]}) as {@code [a, b]}. */
    public static String setStepValues(String yaml, String step, List<String> keyPath, List<String> values) {
        return set(YamlText.of(yaml), step, keyPath, List.copyOf(values));
    }

    /**
     * Removes a key of a step with its value; a map left empty goes too ({@code write: {mode: x}} without mode is no
     * {@code write:}). A key that is not there leaves the text as it is.
     */
    public static String removeStepKey(String yaml, String step, List<String> keyPath) {
        YamlText t = YamlText.of(yaml);
        List<MappingNode> maps = new ArrayList<>();
        List<NodeTuple> entries = new ArrayList<>();
        Node at = t.step(step);
        for (String key : keyPath) {
            Optional<NodeTuple> e = YamlNodes.isMap(at) ? YamlNodes.entry((MappingNode) at, key) : Optional.empty();
            if (e.isEmpty()) {
                return yaml;
            }
            maps.add((MappingNode) at);
            entries.add(e.get());
            at = e.get().getValueNode();
        }
        int last = maps.size() - 1;
        while (last > 0 && maps.get(last).getValue().size() == 1) {
            last--; // the map would be left empty: remove its own entry instead
        }
        return removeEntry(t, maps.get(last), entries.get(last));
    }

    /** Replaces the step's {@code columns:} with these, in order; none removes the key (all input columns). */
    public static String setColumns(String yaml, String step, List<ColumnSpec> columns) {
        if (columns.isEmpty()) {
            return removeStepKey(yaml, step, List.of("columns"));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(c.name(), c.expression()));
        return set(YamlText.of(yaml), step, List.of("columns"), map);
    }

    /** Replaces the step's {@code expectations:}, one {@code - {name, rule, action}} per line; none removes them. */
    public static String setExpectations(String yaml, String step, List<ExpectationSpec> expectations) {
        if (expectations.isEmpty()) {
            return removeStepKey(yaml, step, List.of("expectations"));
        }
        List<Object> items = new ArrayList<>();
        for (ExpectationSpec e : expectations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("rule", e.rule());
            m.put("action", e.action().key());
            items.add(m);
        }
        return set(YamlText.of(yaml), step, List.of("expectations"), items);
    }

    /** Appends a step of that kind after the last one, from a template that reads the step before it. */
    public static String addStep(String yaml, String name, StepKind kind) {
        return StepTemplates.add(YamlText.of(yaml), name, kind);
    }

    /** Removes a step with its lines; comments above it stay. */
    public static String removeStep(String yaml, String step) {
        return StepTemplates.remove(YamlText.of(yaml), step);
    }

    /** A new spec: the pipeline's name, a {@code landing} parameter and one ingest step. */
    public static String newSpec(String pipeline) {
        if (!Names.VALID.matcher(pipeline).matches()) {
            throw new InvalidRequestException("Pipeline name '" + pipeline + "' is not valid: use letters, digits"
                    + " and _, starting with a letter.");
        }
        return "pipeline: " + pipeline + "\n"
                + "parameters: {landing: ./landing}\n"
                + "steps:\n"
                + "  - name: bronze_" + pipeline.toLowerCase(java.util.Locale.ROOT) + "\n"
                + "    source: {format: csv, path: \"${landing}\", options: {header: \"true\"}}\n"
                + "    target: bronze." + pipeline.toLowerCase(java.util.Locale.ROOT) + "\n";
    }

    /**
     * The step whose lines hold {@code line} (1-based), for the form to follow the editor's caret. While the text
     * does not parse, the nearest {@code - name:} above the line is taken, so the form does not flicker on typing.
     */
    public static Optional<String> stepAt(String yaml, int line) {
        YamlNodes.Composed c = YamlNodes.compose(yaml);
        if (c.failed() || c.root() == null || !YamlNodes.isMap(c.root())) {
            return StepTemplates.nameAbove(yaml, line);
        }
        YamlText t = YamlText.of(yaml);
        for (MappingNode step : t.steps()) {
            int first = YamlNodes.line(step);
            int last = yaml.substring(0, t.contentEnd(step)).split("\n", -1).length;
            if (line >= first && line <= last) {
                return YamlText.stepName(step);
            }
        }
        return Optional.empty();
    }

    private static String set(YamlText t, String step, List<String> keyPath, Object value) {
        if (keyPath.isEmpty()) {
            throw new IllegalArgumentException("empty key path");
        }
        MappingNode map = t.step(step);
        boolean flow = YamlText.isFlow(map);
        for (int i = 0; i < keyPath.size(); i++) {
            String key = keyPath.get(i);
            Optional<NodeTuple> e = YamlNodes.entry(map, key);
            Object rest = nest(keyPath.subList(i + 1, keyPath.size()), value);
            if (e.isEmpty()) {
                return insertEntry(t, map, key, rest, flow);
            }
            Node v = e.get().getValueNode();
            if (i == keyPath.size() - 1 || YamlNodes.isNull(v)) {
                return replaceValue(t, e.get(), rest, flow);
            }
            if (!YamlNodes.isMap(v)) {
                throw new InvalidRequestException("'" + key + "' of step " + step + " is " + YamlNodes.kind(v)
                        + ", not a map, so it has no '" + keyPath.get(i + 1) + "'.");
            }
            map = (MappingNode) v;
            flow |= YamlText.isFlow(map);
        }
        throw new IllegalStateException("unreachable");
    }

    /** {@code [a, b]} and v give {a: {b: v}}: what goes under a key when the keys after it are missing. */
    private static Object nest(List<String> keys, Object value) {
        Object v = value;
        for (int i = keys.size() - 1; i >= 0; i--) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(keys.get(i), v);
            v = m;
        }
        return v;
    }

    private static String replaceValue(YamlText t, NodeTuple entry, Object value, boolean flow) {
        Node old = entry.getValueNode();
        int from = t.colonAfter(entry.getKeyNode()) + 1;
        int to = YamlNodes.isNull(old) && t.text().substring(YamlText.start(old), old.getEndMark().getIndex())
                .isBlank() ? from : t.contentEnd(old);
        String text = YamlScalars.afterKey(value, flow, YamlText.column(entry.getKeyNode()) + 2);
        if (text.startsWith("\n") && !YamlNodes.isScalar(old) && !YamlText.isFlow(old)) {
            from = t.lineEnd(from); // a block replacing a block: the key's line, comment included, stays
        }
        int lineEnd = t.lineEnd(to);
        String rest = t.text().substring(to, lineEnd).strip();
        if (text.contains("\n") && rest.startsWith("#")) {
            // a comment after the old value would end up inside the new block: keep it on the key's line
            int nl = text.indexOf('\n');
            text = text.substring(0, nl) + (nl == 0 ? " " : "  ") + rest + text.substring(nl);
            to = lineEnd;
        }
        return t.splice(from, to, text);
    }

    private static String insertEntry(YamlText t, MappingNode map, String key, Object value, boolean flow) {
        List<NodeTuple> entries = map.getValue();
        if (YamlText.isFlow(map)) {
            String entry = YamlScalars.key(key) + ":" + YamlScalars.afterKey(value, true, 0);
            if (entries.isEmpty()) {
                int close = map.getEndMark().getIndex() - 1;
                return t.splice(close, close, entry);
            }
            int at = t.contentEnd(entries.get(entries.size() - 1).getValueNode());
            return t.splice(at, at, ", " + entry);
        }
        int col = YamlText.column(entries.get(0).getKeyNode());
        int at = t.lineEnd(t.contentEnd(map));
        String entry = "\n" + " ".repeat(col) + YamlScalars.key(key) + ":" + YamlScalars.afterKey(value, flow,
                col + 2);
        return t.splice(at, at, entry);
    }

    private static String removeEntry(YamlText t, MappingNode map, NodeTuple entry) {
        List<NodeTuple> entries = map.getValue();
        int i = entries.indexOf(entry);
        int keyStart = YamlText.start(entry.getKeyNode());
        int valueEnd = t.contentEnd(entry.getValueNode());
        boolean hasNext = i < entries.size() - 1;
        if (YamlText.isFlow(map)) {
            if (hasNext) {
                return t.splice(keyStart, YamlText.start(entries.get(i + 1).getKeyNode()), "");
            }
            int from = i > 0 ? t.contentEnd(entries.get(i - 1).getValueNode()) : keyStart;
            return t.splice(from, valueEnd, "");
        }
        int lineStart = t.lineStart(keyStart);
        if (!t.text().substring(lineStart, keyStart).isBlank()) {
            // the first key of a list item ("- name: a"): the next key moves up to take its place
            return hasNext ? t.splice(keyStart, YamlText.start(entries.get(i + 1).getKeyNode()), "")
                    : t.splice(keyStart, valueEnd, "{}");
        }
        int lineEnd = t.lineEnd(valueEnd);
        return lineEnd < t.text().length() ? t.splice(lineStart, lineEnd + 1, "")
                : t.splice(Math.max(lineStart - 1, 0), lineEnd, "");
    }
}
