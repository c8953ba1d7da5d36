package dev.lakehouse.explorer.engine.pipelines;

import java.util.List;

/**
 * One step of a pipeline, parameters substituted. Which fields are set depends on {@link #kind()}: {@code source}
 * for INGEST, {@code from} for TRANSFORM, {@code sql} for SQL; {@code columns}, {@code where}, {@code dedupe} and
 * {@code expectations} apply to TRANSFORM and SQL steps. An INGEST step keeps every record as it came (bronze), so
 * it has none of them and always appends.
 *
 * @param line            the line of the step's {@code name:}
 * @param from            TRANSFORM: a step name or a table name
 * @param columns         output columns in order; empty means all columns of the input
 * @param schema          INGEST: the declared schema, empty to infer it on the first run
 * @param schemaEvolution INGEST: what a later file with new columns does (fail the step, add them, or rescue them)
 * @param full            TRANSFORM: read the whole source on every run instead of only what changed
 * @param after           steps that must run first although nothing in this step reads them
 * @param target          a metastore table ({@code silver.orders}) or a folder path
 */
public record StepSpec(String name, int line, StepKind kind, SourceSpec source, SpecText from, SpecText sql,
                       List<ColumnSpec> columns, SpecText where, DedupeSpec dedupe,
                       List<ExpectationSpec> expectations, WriteSpec write, SpecText target,
                       List<DeclaredColumn> schema, SchemaEvolution schemaEvolution, boolean full,
                       List<String> after) {
    public StepSpec {
        // steps that are not INGEST have no say in it; FAIL keeps the record total
        schemaEvolution = schemaEvolution == null ? SchemaEvolution.FAIL : schemaEvolution;
        columns = List.copyOf(columns);
        expectations = List.copyOf(expectations);
        schema = List.copyOf(schema);
        after = List.copyOf(after);
    }

    /** The quarantine table of this step's target: {@code silver.orders_quarantine}. */
    public String quarantineTarget() {
        return target.text() + "_quarantine";
    }

    public boolean quarantines() {
        return expectations.stream().anyMatch(e -> e.action() == ExpectationAction.QUARANTINE);
    }
}
