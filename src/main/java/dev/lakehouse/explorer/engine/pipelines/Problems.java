package dev.lakehouse.explorer.engine.pipelines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one spec, collected so that the user sees all of them at once, not one per edit. */
final class Problems {
    private final String spec;
    private final List<PipelineProblem> found = new ArrayList<>();

    Problems(String spec) {
        this.spec = spec;
    }

    void add(int line, String step, String message) {
        found.add(new PipelineProblem(spec, line, step, message));
    }

    /** In line order; problems on the same line keep the order they were found in (the sort is stable). */
    List<PipelineProblem> sorted() {
        List<PipelineProblem> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt(PipelineProblem::line));
        return copy;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }
}
