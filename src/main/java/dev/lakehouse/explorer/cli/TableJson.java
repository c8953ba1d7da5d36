package dev.lakehouse.explorer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.MaintenanceResult;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.VacuumPlan;
import dev.lakehouse.explorer.engine.delta.SchemaDiff;
import dev.lakehouse.explorer.engine.delta.SchemaField;
import dev.lakehouse.explorer.engine.delta.TableDetail;
import dev.lakehouse.explorer.engine.delta.TableSchema;
import dev.lakehouse.explorer.engine.delta.TableVersion;
import dev.lakehouse.explorer.engine.delta.VersionDiff;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The JSON of the {@code table} commands: one document on stdout, field names as the engine's records name them. */
final class TableJson {
    private TableJson() {
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static void print(PrintWriter out, Body body) {
        try {
            JsonGenerator json = JsonOutput.generator(out);
            body.write(json);
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code [{"version","timestamp","operation","operationParameters","operationMetrics","userName","engineInfo","readable","notReadableReason"}]}, newest first. */
    static void history(PrintWriter out, List<TableVersion> history) {
        print(out, json -> {
            json.writeStartArray();
            for (TableVersion v : history) {
                json.writeStartObject();
                json.writeNumberField("version", v.version());
                field(json, "timestamp", v.timestamp());
                json.writeStringField("operation", v.operation());
                field(json, "operationParameters", v.operationParameters());
                field(json, "operationMetrics", v.operationMetrics());
                json.writeStringField("userName", v.userName());
                json.writeStringField("engineInfo", v.engineInfo());
                json.writeBooleanField("readable", v.readable());
                json.writeStringField("notReadableReason", v.notReadableReason());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    static void detail(PrintWriter out, TableDetail d, long latestVersion) {
        print(out, json -> {
            json.writeStartObject();
            json.writeStringField("location", d.location().toString());
            json.writeStringField("format", d.format());
            json.writeNumberField("version", d.version());
            json.writeNumberField("latestVersion", latestVersion);
            json.writeNumberField("numFiles", d.numFiles());
            json.writeNumberField("sizeInBytes", d.sizeInBytes());
            field(json, "partitionColumns", d.partitionColumns());
            json.writeNumberField("minReaderVersion", d.minReaderVersion());
            json.writeNumberField("minWriterVersion", d.minWriterVersion());
            field(json, "tableFeatures", d.tableFeatures());
            field(json, "properties", d.properties());
            field(json, "createdAt", d.createdAt());
            field(json, "lastModified", d.lastModified());
            json.writeStringField("id", d.id());
            json.writeStringField("name", d.name());
            json.writeStringField("description", d.description());
            json.writeEndObject();
        });
    }

    /** {@code {"version","partitionColumns","fields":[{"name","type","nullable","comment","physicalName","metadata","children"}]}}. */
    static void schema(PrintWriter out, TableSchema schema, long version) {
        print(out, json -> {
            json.writeStartObject();
            json.writeNumberField("version", version);
            field(json, "partitionColumns", schema.partitionColumns());
            fields(json, "fields", schema.fields());
            json.writeEndObject();
        });
    }

    private static void fields(JsonGenerator json, String name, List<SchemaField> fields) throws IOException {
        json.writeArrayFieldStart(name);
        for (SchemaField f : fields) {
            json.writeStartObject();
            json.writeStringField("name", f.name());
            json.writeStringField("type", f.type());
            json.writeBooleanField("nullable", f.nullable());
            json.writeStringField("comment", f.comment());
            json.writeStringField("physicalName", f.physicalName());
            field(json, "metadata", f.metadata());
            fields(json, "children", f.children());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * {@code {"table","from","to","method","key","schema":{"added","removed","changed":[{"column","fromType","toType"}]},
     * "rows":{"added","removed","changed"},"changes":[{"kind","before","after","changedColumns"}]}} — changes only with --rows.
     */
    static void diff(PrintWriter out, String table, VersionDiff d, boolean withRows) {
        print(out, json -> {
            json.writeStartObject();
            json.writeStringField("table", table);
            json.writeNumberField("from", d.fromVersion());
            json.writeNumberField("to", d.toVersion());
            json.writeStringField("method", d.method());
            field(json, "key", d.keyColumns());
            json.writeObjectFieldStart("schema");
            schemaDiff(json, d.schema());
            json.writeEndObject();
            json.writeObjectFieldStart("rows");
            json.writeNumberField("added", d.counts().added());
            json.writeNumberField("removed", d.counts().removed());
            json.writeNumberField("changed", d.counts().changed());
            json.writeEndObject();
            if (withRows) {
                json.writeArrayFieldStart("changes");
                for (VersionDiff.RowChange c : d.rows()) {
                    json.writeStartObject();
                    json.writeStringField("kind", c.kind().name().toLowerCase(Locale.ROOT));
                    field(json, "before", c.kind() == VersionDiff.RowChange.Kind.ADDED ? null : c.before());
                    field(json, "after", c.kind() == VersionDiff.RowChange.Kind.REMOVED ? null : c.after());
                    field(json, "changedColumns", c.changedColumns());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    static void schemaDiff(JsonGenerator json, SchemaDiff s) throws IOException {
        field(json, "added", s.added());
        field(json, "removed", s.removed());
        json.writeArrayFieldStart("changed");
        for (SchemaDiff.ColumnChange c : s.changed()) {
            json.writeStartObject();
            json.writeStringField("column", c.column());
            json.writeStringField("fromType", c.fromType());
            json.writeStringField("toType", c.toType());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code {"operation","newVersion","metrics"}}. */
    static void maintenance(PrintWriter out, MaintenanceResult r) {
        print(out, json -> {
            json.writeStartObject();
            json.writeStringField("operation", r.operation());
            json.writeNumberField("newVersion", r.newVersion());
            field(json, "metrics", r.metrics());
            json.writeEndObject();
        });
    }

    /** {@code {"dryRun","retainHours","files","bytes","versionsNoLongerReadable"}}. */
    static void vacuum(PrintWriter out, VacuumPlan p, boolean dryRun) {
        print(out, json -> {
            json.writeStartObject();
            json.writeBooleanField("dryRun", dryRun);
            json.writeNumberField("retainHours", p.retainHours());
            field(json, "files", p.files());
            json.writeNumberField("bytes", p.bytes());
            field(json, "versionsNoLongerReadable", p.versionsNoLongerReadable());
            json.writeEndObject();
        });
    }

    private static void field(JsonGenerator json, String name, Object value) throws IOException {
        json.writeFieldName(name);
        JsonOutput.value(json, value);
    }
}
