package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ColumnSpec;
import dev.lakehouse.explorer.engine.pipelines.ExpectationSpec;
import dev.lakehouse.explorer.engine.pipelines.StepKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link StepEdits} by lines, for specs laid out as the README and the template write them: steps as
 * {@code - name: x} items, one key a line, nested keys either as one flow mapping ({@code write: {mode: merge}}) or
 * as an indented block. Only the lines of the key edited change; comments elsewhere stay. It stands in until the
 * engine's node-based {@code SpecEdits} is wired in; a layout it does not know is refused with a message, never
 * guessed at.
 */
public final class LineStepEdits implements StepEdits {
    private static final Pattern STEP = Pattern.compile("^(\\s*)-\\s+name:\\s*[\"']?([A-Za-z0-9_]+)[\"']?\\s*(#.*)?$");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./${}()*+<>=,' -]*[A-Za-z0-9_/)}'*]");

    @Override
    public String setValue(String yaml, String step, String keyPath, Object value) {
        Doc d = new Doc(yaml);
        Block b = d.step(step);
        String[] parts = keyPath.split("\\.", 2);
        if (parts[0].equals("name") && parts.length == 1) {
            d.lines.set(b.start, d.lines.get(b.start).replaceFirst("name:\\s*[\"']?[A-Za-z0-9_]+[\"']?",
                    "name: " + Matcher.quoteReplacement(scalar(value))));
            return d.text();
        }
        int key = d.key(b, parts[0]);
        if (parts.length == 1) {
            d.replaceKey(b, key, parts[0] + ": " + block(value), List.of());
            return d.text();
        }
        Map<String, String> nested = key < 0 ? new LinkedHashMap<>() : d.nested(b, key, parts[0]);
        nested.put(parts[1], scalar(value));
        d.replaceKey(b, key, parts[0] + ": " + flow(nested), List.of());
        return d.text();
    }

    @Override
    public String removeKey(String yaml, String step, String keyPath) {
        Doc d = new Doc(yaml);
        Block b = d.step(step);
        String[] parts = keyPath.split("\\.", 2);
        int key = d.key(b, parts[0]);
        if (key < 0) {
            return yaml;
        }
        if (parts.length == 1) {
            d.removeKey(b, key);
            return d.text();
        }
        Map<String, String> nested = d.nested(b, key, parts[0]);
        if (nested.remove(parts[1]) == null) {
            return yaml;
        }
        if (nested.isEmpty()) {
            d.removeKey(b, key);
        } else {
            d.replaceKey(b, key, parts[0] + ": " + flow(nested), List.of());
        }
        return d.text();
    }

    @Override
    public String setColumns(String yaml, String step, List<ColumnSpec> columns) {
        Doc d = new Doc(yaml);
        Block b = d.step(step);
        int key = d.key(b, "columns");
        if (columns.isEmpty()) {
            if (key >= 0) {
                d.removeKey(b, key);
            }
            return d.text();
        }
        List<String> rows = columns.stream().map(c -> "  " + c.name() + ": " + block(c.expression())).toList();
        d.replaceKey(b, key, "columns:", rows);
        return d.text();
    }

    @Override
    public String setExpectations(String yaml, String step, List<ExpectationSpec> expectations) {
        Doc d = new Doc(yaml);
        Block b = d.step(step);
        int key = d.key(b, "expectations");
        if (expectations.isEmpty()) {
            if (key >= 0) {
                d.removeKey(b, key);
            }
            return d.text();
        }
        List<String> rows = expectations.stream().map(e -> "  - {name: " + e.name() + ", rule: " + quoted(e.rule())
                + ", action: " + e.action().key() + "}").toList();
        d.replaceKey(b, key, "expectations:", rows);
        return d.text();
    }

    @Override
    public String addStep(String yaml, String name, StepKind kind) {
        Doc d = new Doc(yaml);
        String dash = d.stepIndent();
        String pad = dash + "  ";
        List<String> step = new ArrayList<>();
        step.add(dash + "- name: " + name);
        switch (kind) {
            case INGEST -> step.add(pad + "source: {format: csv, path: ./landing/" + name + ", options: {header: \"true\"}}");
            case TRANSFORM -> step.add(pad + "from: " + d.lastStepName().orElse("bronze_step"));
            case SQL -> step.add(pad + "sql: \"SELECT * FROM " + d.lastTarget().orElse("silver.table") + "\"");
        }
        step.add(pad + "target: " + (kind == StepKind.INGEST ? "bronze." : kind == StepKind.SQL ? "gold." : "silver.")
                + name);
        int end = d.lines.size();
        while (end > 0 && d.lines.get(end - 1).isBlank()) {
            end--;
        }
        d.lines.addAll(end, step);
        return d.text();
    }

    @Override
    public String removeStep(String yaml, String step) {
        Doc d = new Doc(yaml);
        Block b = d.step(step);
        d.lines.subList(b.start, b.end).clear();
        return d.text();
    }

    /** A value on its own line: a comma needs no quotes there ({@code DECIMAL(12,2)}). */
    static String block(Object value) {
        if (value instanceof String s && !s.contains("'") && !s.isEmpty()) {
            String probe = s.replace(",", "");
            if (!probe.isEmpty() && scalar(probe).equals(probe)) {
                return s;
            }
        }
        return scalar(value);
    }

    /** A value inside a flow mapping or list: commas and brackets would end it, so such a value is quoted. */
    static String scalar(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(o -> scalar(o)).toList()) + "]";
        }
        String s = String.valueOf(value);
        boolean plain = PLAIN.matcher(s).matches() && !s.contains(": ") && !s.contains(" #")
                && !s.matches("(?i)true|false|null|yes|no|on|off|~|[-\\d.]+") && !s.startsWith("'")
                && !s.startsWith("${") && !s.startsWith("*") && !s.startsWith("-") && !s.contains(",")
                && !s.contains("'");
        return plain ? s : quoted(s);
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String flow(Map<String, String> map) {
        List<String> parts = new ArrayList<>();
        map.forEach((k, v) -> parts.add(k + ": " + v));
        return "{" + String.join(", ", parts) + "}";
    }

    /** A step's lines: from its {@code - name:} line to the line before the next item or key at its level. */
    private record Block(int start, int end, int keyIndent) {
    }

    private static final class Doc {
        private final List<String> lines;
        private final boolean endsWithNewline;

        Doc(String yaml) {
            endsWithNewline = yaml.endsWith("\n");
            lines = new ArrayList<>(List.of((endsWithNewline ? yaml.substring(0, yaml.length() - 1) : yaml)
                    .split("\n", -1)));
        }

        String text() {
            return String.join("\n", lines) + (endsWithNewline ? "\n" : "");
        }

        Block step(String name) {
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = STEP.matcher(lines.get(i));
                if (m.matches() && m.group(2).equals(name)) {
                    int dash = m.group(1).length();
                    int end = i + 1;
                    while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > dash
                            || lines.get(end).strip().startsWith("#") && indent(lines.get(end)) > dash)) {
                        end++;
                    }
                    while (end > i + 1 && lines.get(end - 1).isBlank()) {
                        end--;
                    }
                    return new Block(i, end, dash + 2);
                }
            }
            throw new IllegalArgumentException("No step '" + name + "' written as \"- name: " + name
                    + "\" in the spec: edit this one in the YAML.");
        }

        /** The line of a key of the step, or -1. */
        int key(Block b, String key) {
            for (int i = b.start + 1; i < b.end; i++) {
                String l = lines.get(i);
                if (indent(l) == b.keyIndent && (l.strip().startsWith(key + ":"))) {
                    return i;
                }
            }
            return -1;
        }

        /** The lines a key spans: its own and the deeper ones below it. */
        int keyEnd(Block b, int key) {
            int end = key + 1;
            while (end < b.end && (lines.get(end).isBlank() || indent(lines.get(end)) > b.keyIndent)) {
                end++;
            }
            while (end > key + 1 && lines.get(end - 1).isBlank()) {
                end--;
            }
            return end;
        }

        /** A nested mapping written as a flow {@code {a: b}} or as a block, as key to the value's text. */
        Map<String, String> nested(Block b, int key, String name) {
            String rest = lines.get(key).strip().substring(name.length() + 1).strip();
            Map<String, String> out = new LinkedHashMap<>();
            if (rest.startsWith("{") && rest.endsWith("}")) {
                for (String part : splitTop(rest.substring(1, rest.length() - 1))) {
                    int colon = part.indexOf(':');
                    if (colon > 0) {
                        out.put(part.substring(0, colon).strip(), part.substring(colon + 1).strip());
                    }
                }
                return out;
            }
            if (!rest.isEmpty() && !rest.startsWith("#")) {
                throw new IllegalArgumentException("'" + name + "' is not a mapping this form can edit; edit it in the YAML.");
            }
            for (int i = key + 1; i < keyEnd(b, key); i++) {
                String l = lines.get(i).strip();
                int colon = l.indexOf(':');
                if (colon > 0 && !l.startsWith("#")) {
                    out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
                }
            }
            return out;
        }

        void replaceKey(Block b, int key, String first, List<String> children) {
            String pad = " ".repeat(b.keyIndent);
            List<String> next = new ArrayList<>();
            next.add(pad + first);
            children.forEach(c -> next.add(pad + c));
            if (key < 0) {
                lines.addAll(b.end, next);
            } else {
                int end = keyEnd(b, key);
                lines.subList(key, end).clear();
                lines.addAll(key, next);
            }
        }

        void removeKey(Block b, int key) {
            lines.subList(key, keyEnd(b, key)).clear();
        }

        String stepIndent() {
            for (String l : lines) {
                Matcher m = STEP.matcher(l);
                if (m.matches()) {
                    return m.group(1);
                }
            }
            return "  ";
        }

        java.util.Optional<String> lastStepName() {
            String found = null;
            for (String l : lines) {
                Matcher m = STEP.matcher(l);
                if (m.matches()) {
                    found = m.group(2);
                }
            }
            return java.util.Optional.ofNullable(found);
        }

        java.util.Optional<String> lastTarget() {
            String found = null;
            for (String l : lines) {
                if (l.strip().startsWith("target:")) {
                    found = l.strip().substring("target:".length()).strip();
                }
            }
            return java.util.Optional.ofNullable(found).filter(t -> !t.isEmpty());
        }

        private static List<String> splitTop(String s) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            boolean quote = false;
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                    quote = !quote;
                } else if (!quote && (c == '{' || c == '[')) {
                    depth++;
                } else if (!quote && (c == '}' || c == ']')) {
                    depth--;
                } else if (!quote && depth == 0 && c == ',') {
                    parts.add(s.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(s.substring(start));
            return parts;
        }

        private static int indent(String l) {
            int i = 0;
            while (i < l.length() && l.charAt(i) == ' ') {
                i++;
            }
            return i;
        }
    }
}
