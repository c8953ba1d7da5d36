package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lakehouse.explorer.engine.pipelines.ExpectationResult;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunSummary;
import dev.lakehouse.explorer.engine.pipelines.StepReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Run reports and summaries as JSON, in the shape README documents for scripts. */
final class PipelineJson {
    private PipelineJson() {
    }

    static void report(RunReport r, PrintWriter out) {
        write(out, json -> reportObject(json, r));
    }

    static void summaries(List<RunSummary> runs, PrintWriter out) {
        write(out, json -> {
            json.writeStartArray();
            for (RunSummary s : runs) {
                json.writeStartObject();
                json.writeStringField("pipeline", s.pipeline());
                json.writeStringField("runId", s.runId());
                json.writeStringField("status", s.status().name());
                json.writeStringField("trigger", s.trigger());
                json.writeStringField("resumedFrom", s.resumedFrom());
                time(json, "started", s.started());
                time(json, "ended", s.ended());
                json.writeNumberField("stepsSucceeded", s.stepsSucceeded());
                json.writeNumberField("stepsFailed", s.stepsFailed());
                json.writeNumberField("stepsSkipped", s.stepsSkipped());
                json.writeStringField("error", s.error());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private static void reportObject(JsonGenerator json, RunReport r) throws IOException {
        json.writeStartObject();
        json.writeStringField("pipeline", r.pipeline());
        json.writeStringField("runId", r.runId());
        json.writeStringField("status", r.status().name());
        json.writeStringField("resumedFrom", r.resumedFrom());
        time(json, "started", r.started());
        time(json, "ended", r.ended());
        json.writeNumberField("durationMs", r.durationMillis());
        json.writeStringField("error", r.error());
        json.writeArrayFieldStart("steps");
        for (StepReport s : r.steps()) {
            step(json, s);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void step(JsonGenerator json, StepReport s) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", s.name());
        json.writeStringField("kind", s.kind().name());
        json.writeStringField("status", s.status().name());
        json.writeStringField("target", s.target());
        if (s.version() == null) {
            json.writeNullField("version");
        } else {
            json.writeNumberField("version", s.version());
        }
        json.writeNumberField("rowsRead", s.rowsRead());
        json.writeNumberField("rowsWritten", s.rowsWritten());
        json.writeNumberField("rowsInserted", s.rowsInserted());
        json.writeNumberField("rowsUpdated", s.rowsUpdated());
        json.writeNumberField("rowsDeleted", s.rowsDeleted());
        json.writeNumberField("rowsUnchanged", s.rowsUnchanged());
        json.writeNumberField("rowsDropped", s.rowsDropped());
        json.writeNumberField("rowsQuarantined", s.rowsQuarantined());
        json.writeNumberField("rowsDuplicates", s.rowsDuplicates());
        json.writeNumberField("filesIngested", s.filesIngested());
        json.writeNumberField("durationMs", s.durationMillis());
        json.writeStringField("error", s.error());
        json.writeArrayFieldStart("expectations");
        for (ExpectationResult e : s.expectations()) {
            json.writeStartObject();
            json.writeStringField("name", e.name());
            json.writeStringField("action", e.action().key());
            json.writeNumberField("passed", e.passed());
            json.writeNumberField("failed", e.failed());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void time(JsonGenerator json, String field, Instant t) throws IOException {
        json.writeStringField(field, t == null ? null : t.toString());
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static void write(PrintWriter out, Body body) {
        try {
            JsonGenerator json = JsonOutput.generator(out);
            body.write(json);
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
