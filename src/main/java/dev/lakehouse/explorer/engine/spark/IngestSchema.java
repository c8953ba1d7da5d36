package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.PipelineException;
import dev.lakehouse.explorer.engine.pipelines.SchemaEvolution;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data columns a batch is written with: the table's, else the spec's declared schema, else inferred from the
 * batch's files (the first batch; files with no columns at all leave the choice to the next batch). Files with
 * columns the table does not have: {@code schema_evolution: false} fails the step naming the first such file and
 * its columns; {@code true} adds them (typed by inference over those files); {@code rescue} keeps the table's
 * columns and puts the others' values in {@code _rescued_data}.
 */
final class IngestSchema {
    private final StepRun run;
    private final BronzeFormat format;
    private final PipelineTarget target;

    IngestSchema(StepRun run, BronzeFormat format, PipelineTarget target) {
        this.run = run;
        this.format = format;
        this.target = target;
    }

    /** @param table the existing table's data columns, or null for a new table (or a full refresh) */
    StructType resolve(StructType table, List<SourceFile> files) {
        StructType base = table;
        if (base == null || base.isEmpty()) {
            base = run.step().schema().isEmpty() ? format.infer(files) : BronzeSchema.declared(run.step().schema());
        }
        Map<SourceFile, List<String>> extra = format.newColumns(files, base);
        if (extra.isEmpty()) {
            return base;
        }
        SchemaEvolution mode = run.step().schemaEvolution();
        if (mode == SchemaEvolution.FAIL) {
            var first = extra.entrySet().iterator().next();
            throw new PipelineException(first.getKey().name() + " has columns not in " + target + ": "
                    + String.join(", ", first.getValue()) + "; set schema_evolution: true to add them or rescue "
                    + "to keep them in _rescued_data");
        }
        return mode == SchemaEvolution.ADD ? add(base, extra) : base;
    }

    private StructType add(StructType base, Map<SourceFile, List<String>> extra) {
        Set<String> wanted = new LinkedHashSet<>();
        extra.values().forEach(cols -> cols.forEach(c -> wanted.add(c.toLowerCase(Locale.ROOT))));
        StructType inferred = format.infer(new ArrayList<>(extra.keySet()));
        StructType out = base;
        for (StructField f : inferred.fields()) {
            if (wanted.remove(f.name().toLowerCase(Locale.ROOT))) {
                out = out.add(f);
            }
        }
        return out;
    }
}
