package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.ParsedSpec;
import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import dev.lakehouse.explorer.engine.pipelines.PipelineService;
import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the editor learns from one check of its text.
 *
 * @param spec    the spec with the parameters' defaults substituted (null when the text could not be built into one):
 *                the lineage and the run read it
 * @param written the same spec as written, every {@code ${name}} left in place: the step form shows and edits it,
 *                so a form edit never bakes a parameter's value into the text
 */
record SpecCheck(List<PipelineProblem> problems, PipelineSpec spec, PipelineSpec written) {

    /** Runs on a worker: the parser is given each parameter as its own placeholder to get the written values. */
    static SpecCheck run(PipelineService service, SpecDocument doc) {
        ParsedSpec parsed = service.check(doc, Map.of());
        PipelineSpec spec = parsed.spec();
        PipelineSpec written = spec;
        if (spec != null && !spec.parameters().isEmpty()) {
            Map<String, String> placeholders = new LinkedHashMap<>();
            spec.parameters().keySet().forEach(k -> placeholders.put(k, "${" + k + "}"));
            PipelineSpec raw = service.check(doc, placeholders).spec();
            written = raw == null ? spec : raw;
        }
        return new SpecCheck(parsed.problems(), spec, written);
    }

    /** The step a line is in: the last step whose {@code name:} is on or above it; a line above every step is in none. */
    static Optional<String> stepAt(PipelineSpec spec, int line) {
        if (spec == null) {
            return Optional.empty();
        }
        StepSpec found = null;
        for (StepSpec s : spec.steps()) {
            if (s.line() <= line && (found == null || s.line() > found.line())) {
                found = s;
            }
        }
        return Optional.ofNullable(found).map(StepSpec::name);
    }
}
