package dev.lakehouse.explorer.engine.pipelines;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a transform or sql step does to its rows: {@code columns}, {@code where}, {@code dedupe} and
 * {@code expectations}. An ingest step keeps every record as it came, so it has none of them.
 */
final class RulesParser {
    private static final List<String> RULE_KEYS = List.of("columns", "where", "dedupe", "expectations");
    private static final List<String> DEDUPE_KEYS = List.of("key", "order_by");
    private static final List<String> EXPECTATION_KEYS = List.of("name", "rule", "action");

    private final NodeReader reader;
    private final MappingNode step;
    private final String name;
    private final boolean applies;

    RulesParser(NodeReader reader, MappingNode step, String name, StepKind kind) {
        this.reader = reader;
        this.step = step;
        this.name = name;
        this.applies = kind != StepKind.INGEST;
        if (!applies) {
            RULE_KEYS.forEach(this::notForIngest);
        }
    }

    private void notForIngest(String key) {
        YamlNodes.entry(step, key).ifPresent(e -> reader.problems().add(YamlNodes.line(e.getKeyNode()), name,
                "an ingest step keeps every record as it came, so it cannot have '" + key + "'; put it on a step"
                        + " with from: " + name + "."));
    }

    /** Output columns in order; empty means all the input's columns. */
    List<ColumnSpec> columns() {
        List<ColumnSpec> out = new ArrayList<>();
        if (applies) {
            reader.map(step, "columns", name).ifPresent(m -> reader.pairs(m, "columns", name).forEach(p ->
                    out.add(new ColumnSpec(p.getKey().text(), p.getValue().text(), p.getKey().line()))));
        }
        return out;
    }

    SpecText where() {
        return applies ? reader.text(step, "where", name).orElse(null) : null;
    }

    DedupeSpec dedupe() {
        if (!applies) {
            return null;
        }
        Optional<MappingNode> map = reader.map(step, "dedupe", name);
        if (map.isEmpty()) {
            return null;
        }
        reader.checkKeys(map.get(), DEDUPE_KEYS, "dedupe", name);
        int line = YamlNodes.line(map.get());
        List<String> key = reader.texts(map.get(), "key", name).stream().map(t -> t.text().strip()).toList();
        if (key.isEmpty()) {
            reader.problems().add(line, name, "dedupe needs a key: the columns that identify a row"
                    + " (key: [order_id]).");
            return null;
        }
        String orderBy = reader.text(map.get(), "order_by", name).map(SpecText::text).orElse(null);
        return new DedupeSpec(key, orderBy, line);
    }

    List<ExpectationSpec> expectations() {
        List<ExpectationSpec> out = new ArrayList<>();
        if (!applies) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        Optional<SequenceNode> list = reader.list(step, "expectations", name);
        for (Node item : list.map(SequenceNode::getValue).orElse(List.of())) {
            expectation(item).ifPresent(e -> {
                Integer first = seen.putIfAbsent(e.name(), e.line());
                if (first != null) {
                    reader.problems().add(e.line(), name, "expectation '" + e.name() + "' is named twice in this"
                            + " step (first at line " + first + ").");
                } else {
                    out.add(e);
                }
            });
        }
        return out;
    }

    private Optional<ExpectationSpec> expectation(Node item) {
        Optional<MappingNode> map = reader.asMap(item, "expectations item", name);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MappingNode m = map.get();
        reader.checkKeys(m, EXPECTATION_KEYS, "an expectation", name);
        int line = YamlNodes.line(m);
        Optional<SpecText> ename = reader.required(m, "name", name, line, "every expectation needs a name");
        ename.filter(n -> !Names.VALID.matcher(n.text()).matches()).ifPresent(n -> reader.problems().add(n.line(),
                name, "expectation name '" + n.text() + "' is not valid: use letters, digits and _, starting with a"
                        + " letter."));
        Optional<SpecText> rule = reader.required(m, "rule", name, line, "a SQL condition every row should meet");
        ExpectationAction action = action(m);
        if (ename.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExpectationSpec(ename.get().text(), rule.get().text(), action, line));
    }

    /** {@code warn} when not given, as DLT's plain EXPECT: the row is kept and counted. */
    private ExpectationAction action(MappingNode m) {
        Optional<SpecText> text = reader.text(m, "action", name);
        if (text.isEmpty()) {
            return ExpectationAction.WARN;
        }
        try {
            return ExpectationAction.valueOf(text.get().text().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reader.problems().add(text.get().line(), name, "expectation action '" + text.get().text() + "' is not"
                    + " one of warn, drop, quarantine, fail.");
            return ExpectationAction.WARN;
        }
    }
}
