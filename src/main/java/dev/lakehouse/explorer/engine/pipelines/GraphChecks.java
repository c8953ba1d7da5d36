package dev.lakehouse.explorer.engine.pipelines;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DAG of the steps and what only the whole DAG can tell: {@code after:} naming no step, a cycle, two steps
 * writing one target with no order between them (which write wins would depend on chance).
 */
final class GraphChecks {
    private final List<StepParser.ParsedStep> steps; // names unique
    private final Problems problems;
    private final Path baseDir;
    private final Map<String, StepSpec> byName = new LinkedHashMap<>();
    private final Map<String, List<String>> writers = new LinkedHashMap<>();

    GraphChecks(List<StepParser.ParsedStep> steps, Problems problems, Path baseDir) {
        this.steps = steps;
        this.problems = problems;
        this.baseDir = baseDir;
        for (StepParser.ParsedStep s : steps) {
            byName.put(s.spec().name(), s.spec());
            if (!s.spec().target().text().isEmpty()) {
                writers.computeIfAbsent(SpecPaths.key(s.spec().target().text()), k -> new ArrayList<>())
                        .add(s.spec().name());
            }
        }
    }

    /** Builds the graph and reports its problems. */
    PipelineGraph graph() {
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        for (StepParser.ParsedStep s : steps) {
            deps.put(s.spec().name(), dependencies(s));
        }
        PipelineGraph graph = new PipelineGraph(List.copyOf(byName.keySet()), deps);
        Optional<List<String>> cycle = graph.cycle();
        cycle.ifPresent(this::reportCycle);
        sharedTargets(graph);
        return graph;
    }

    private Set<String> dependencies(StepParser.ParsedStep parsed) {
        StepSpec s = parsed.spec();
        Set<String> deps = new LinkedHashSet<>();
        if (s.from() != null) {
            fromDependency(s, deps);
        }
        if (s.sql() != null) {
            for (TableReference ref : SqlTables.referenced(s.sql().text())) {
                deps.addAll(writers.getOrDefault(SpecPaths.key(ref, baseDir), List.of()));
            }
        }
        for (SpecText a : parsed.after()) {
            if (byName.containsKey(a.text())) {
                deps.add(a.text());
            } else {
                problems.add(a.line(), s.name(), "after: no step is named '" + a.text() + "'"
                        + Names.closest(a.text(), byName.keySet()).map(n -> "; did you mean " + n + "?")
                        .orElse(" (steps: " + String.join(", ", byName.keySet()) + ")."));
            }
        }
        return deps;
    }

    /**
     * A step, or the steps writing that table. A bare name that is neither, but a typo away from a step, is
     * reported: it would otherwise read a table {@code default.<name>} that is almost surely not meant.
     */
    private void fromDependency(StepSpec s, Set<String> deps) {
        String from = s.from().text();
        if (byName.containsKey(from)) {
            deps.add(from);
            return;
        }
        List<String> w = writers.getOrDefault(SpecPaths.key(from), List.of());
        deps.addAll(w);
        if (w.isEmpty() && !from.contains(".") && !SpecPaths.isPath(from)) {
            Names.closest(from, byName.keySet()).ifPresent(n -> problems.add(s.from().line(), s.name(),
                    "from: no step is named '" + from + "'; did you mean " + n + "? (To read the table default."
                            + from + ", write it so.)"));
        }
    }

    private void reportCycle(List<String> cycle) {
        StepSpec first = byName.get(cycle.get(0));
        problems.add(first.line(), first.name(), "the steps form a cycle: " + String.join(" → ", cycle) + " → "
                + cycle.get(0) + ".");
    }

    private void sharedTargets(PipelineGraph graph) {
        for (List<String> names : writers.values()) {
            for (int j = 1; j < names.size(); j++) {
                for (int i = 0; i < j; i++) {
                    String a = names.get(i);
                    String b = names.get(j);
                    if (!a.equals(b) && !reaches(graph, a, b) && !reaches(graph, b, a)) {
                        StepSpec second = byName.get(b);
                        problems.add(second.target().line(), b, "steps " + a + " and " + b + " both write "
                                + second.target().text() + " but neither runs after the other; add after: [" + a
                                + "] to " + b + ".");
                    }
                }
            }
        }
    }

    /** Whether {@code from} depends on {@code to}, directly or through other steps (cycles allowed). */
    private static boolean reaches(PipelineGraph graph, String from, String to) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(graph.dependsOn().getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (s.equals(to)) {
                return true;
            }
            if (seen.add(s)) {
                todo.addAll(graph.dependsOn().getOrDefault(s, Set.of()));
            }
        }
        return false;
    }
}
