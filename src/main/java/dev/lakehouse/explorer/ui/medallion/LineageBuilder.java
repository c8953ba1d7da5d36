package dev.lakehouse.explorer.ui.medallion;

import dev.lakehouse.explorer.engine.pipelines.PipelineSpec;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.StepKind;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import dev.lakehouse.explorer.engine.pipelines.StepSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a spec and its last run into a {@link Lineage}: a step's column is one more than the deepest step it reads,
 * sources sit in column 0, and within a column nodes keep the spec's order.
 */
final class LineageBuilder {
    private final PipelineSpec spec;
    private final Map<String, StepReport> reports = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private final Map<Integer, Integer> rowsPerColumn = new HashMap<>();
    private final List<Lineage.Node> nodes = new ArrayList<>();
    private final List<Lineage.Edge> edges = new ArrayList<>();

    private LineageBuilder(PipelineSpec spec, RunReport run) {
        this.spec = spec;
        if (run != null && run.pipeline().equals(spec.name())) {
            run.steps().forEach(s -> reports.put(s.name(), s));
        }
    }

    static Lineage build(PipelineSpec spec, RunReport lastRun) {
        return spec == null ? Lineage.EMPTY : new LineageBuilder(spec, lastRun).build();
    }

    private Lineage build() {
        Map<String, String> externals = new LinkedHashMap<>();
        for (StepSpec s : spec.steps()) {
            if (s.kind() == StepKind.INGEST && s.source() != null) {
                String id = "source:" + s.name();
                nodes.add(new Lineage.Node(id, Lineage.Kind.SOURCE_FOLDER, Lineage.Tier.SOURCE, null,
                        folderLabel(s.source().path()), s.source().path(), 0, nextRow(0), NodeStatus.NEVER_RUN,
                        null, null, 0, null));
                edges.add(new Lineage.Edge(id, s.name(), readBy(s.name())));
            } else if (s.kind() == StepKind.TRANSFORM && s.from() != null && deps(s).isEmpty()) {
                String table = s.from().text();
                String id = externals.computeIfAbsent(table, t -> "table:" + t);
                if (nodes.stream().noneMatch(n -> n.id().equals(id))) {
                    nodes.add(new Lineage.Node(id, Lineage.Kind.EXTERNAL_TABLE, Lineage.Tier.SOURCE, null, table,
                            "external table", 0, nextRow(0), NodeStatus.NEVER_RUN, null, null, 0, null));
                }
                edges.add(new Lineage.Edge(id, s.name(), readBy(s.name())));
            }
        }
        for (StepSpec s : spec.steps()) {
            int depth = depth(s.name(), new java.util.HashSet<>());
            StepReport r = reports.get(s.name());
            nodes.add(new Lineage.Node("step:" + s.name(), Lineage.Kind.STEP, tier(s), s.name(), s.name(),
                    s.target() == null ? "" : s.target().text(), depth, nextRow(depth),
                    NodeStatus.of(r == null ? null : r.status()), r == null ? null : r.version(),
                    r == null || r.started() == null ? null : r.rowsWritten(), r == null ? 0 : r.rowsQuarantined(),
                    r == null ? null : r.error()));
            for (String d : spec.steps().stream().map(StepSpec::name).filter(deps(s)::contains).toList()) {
                edges.add(new Lineage.Edge("step:" + d, "step:" + s.name(), readBy(s.name())));
            }
        }
        // source edges were named by step before the step's id was known
        List<Lineage.Edge> fixed = edges.stream().map(e -> e.to().startsWith("step:") ? e
                : new Lineage.Edge(e.from(), "step:" + e.to(), e.rows())).toList();
        return new Lineage(nodes, fixed);
    }

    private Set<String> deps(StepSpec s) {
        return spec.graph().dependsOn().getOrDefault(s.name(), Set.of());
    }

    /** 1 + the deepest step it reads; a step in a cycle stops counting where the cycle closes. */
    private int depth(String step, Set<String> visiting) {
        Integer known = depths.get(step);
        if (known != null) {
            return known;
        }
        if (!visiting.add(step)) {
            return 1;
        }
        int d = 1;
        for (String dep : spec.graph().dependsOn().getOrDefault(step, Set.of())) {
            d = Math.max(d, depth(dep, visiting) + 1);
        }
        visiting.remove(step);
        depths.put(step, d);
        return d;
    }

    private int nextRow(int column) {
        int row = rowsPerColumn.getOrDefault(column, 0);
        rowsPerColumn.put(column, row + 1);
        return row;
    }

    /** Rows the step read in the last run, null when it did not run there. */
    private Long readBy(String step) {
        StepReport r = reports.get(step);
        return r == null || r.started() == null ? null : r.rowsRead();
    }

    /** The layer a target's schema names, else what the step's kind suggests. */
    static Lineage.Tier tier(StepSpec s) {
        String target = s.target() == null ? "" : s.target().text().toLowerCase(Locale.ROOT);
        for (Lineage.Tier t : List.of(Lineage.Tier.BRONZE, Lineage.Tier.SILVER, Lineage.Tier.GOLD)) {
            if (target.startsWith(t.name().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return switch (s.kind()) {
            case INGEST -> Lineage.Tier.BRONZE;
            case TRANSFORM -> Lineage.Tier.SILVER;
            case SQL -> Lineage.Tier.GOLD;
        };
    }

    /** The last two parts of a folder: {@code landing/orders}. */
    static String folderLabel(String path) {
        try {
            Path p = Path.of(path).normalize();
            int n = p.getNameCount();
            return n == 0 ? path : n == 1 ? p.getFileName().toString() : p.subpath(n - 2, n).toString();
        } catch (java.nio.file.InvalidPathException notAPath) { // a URI: abfss://…
            return path.substring(path.lastIndexOf('/', Math.max(0, path.length() - 2)) + 1);
        }
    }
}
