package dev.lakehouse.explorer.engine.pipelines;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The DAG of a pipeline: which steps each step depends on (through {@code from:}, the tables its {@code sql:} reads
 * that other steps write, and {@code after:}). The run order is topological and, among steps free to run, keeps the
 * spec's order, so a spec read top to bottom runs top to bottom.
 *
 * @param steps     step names in the spec's order
 * @param dependsOn for each step, the steps it reads from directly (only names in {@code steps})
 */
public record PipelineGraph(List<String> steps, Map<String, Set<String>> dependsOn) {
    public PipelineGraph {
        steps = List.copyOf(steps);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        for (String s : steps) {
            copy.put(s, Set.copyOf(dependsOn.getOrDefault(s, Set.of())));
        }
        dependsOn = Map.copyOf(copy);
    }

    /** The steps in the order they run; with a cycle, the steps outside it in order and then none of the cycle. */
    public List<String> order() {
        List<String> done = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(steps);
        boolean progressed = true;
        while (!left.isEmpty() && progressed) {
            progressed = false;
            for (String s : List.copyOf(left)) {
                if (done.containsAll(dependsOn.get(s))) {
                    done.add(s);
                    left.remove(s);
                    progressed = true;
                    break; // restart from the top: keeps the spec's order among free steps
                }
            }
        }
        return done;
    }

    /** One cycle, as the steps along it ({@code a → b → a} gives [a, b]), or empty when the graph is a DAG. */
    public Optional<List<String>> cycle() {
        Map<String, Integer> state = new LinkedHashMap<>(); // 1 = on the path, 2 = finished
        for (String s : steps) {
            Deque<String> path = new ArrayDeque<>();
            Optional<List<String>> c = visit(s, state, path);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String s, Map<String, Integer> state, Deque<String> path) {
        Integer st = state.get(s);
        if (st != null && st == 2) {
            return Optional.empty();
        }
        if (st != null && st == 1) {
            List<String> onPath = new ArrayList<>(path);
            java.util.Collections.reverse(onPath);
            return Optional.of(List.copyOf(onPath.subList(onPath.indexOf(s), onPath.size())));
        }
        state.put(s, 1);
        path.push(s);
        for (String d : steps) { // spec order, so the cycle reported is the same every time
            if (dependsOn.get(s).contains(d)) {
                Optional<List<String>> c = visit(d, state, path);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        path.pop();
        state.put(s, 2);
        return Optional.empty();
    }

    /** Every step that depends on {@code step}, directly or through others, in run order. */
    public List<String> downstream(String step) {
        Set<String> found = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String s : steps) {
                if (!found.contains(s) && (dependsOn.get(s).contains(step)
                        || dependsOn.get(s).stream().anyMatch(found::contains))) {
                    grew = found.add(s);
                }
            }
        }
        List<String> ordered = new ArrayList<>(order());
        ordered.retainAll(found);
        return ordered;
    }

    /** Every step {@code step} depends on, directly or through others, in run order. */
    public List<String> upstream(String step) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(dependsOn.getOrDefault(step, Set.of()));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (found.add(s)) {
                todo.addAll(dependsOn.getOrDefault(s, Set.of()));
            }
        }
        List<String> ordered = new ArrayList<>(order());
        ordered.retainAll(found);
        return ordered;
    }
}
