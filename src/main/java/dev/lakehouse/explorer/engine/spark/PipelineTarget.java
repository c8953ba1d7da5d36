package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.PipelineException;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.CatalogTableType;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A step's target as Spark sees it: a metastore table ({@code silver.orders}; a bare name means {@code default})
 * or a folder. Reads its Delta state (version, the pipeline's SetTransaction versions, commit user metadata) and
 * makes the one write each step commits.
 */
final class PipelineTarget {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private final String text;
    private final String schema;
    private final String table;
    private final String path;

    private PipelineTarget(String text, String schema, String table, String path) {
        this.text = text;
        this.schema = schema;
        this.table = table;
        this.path = path;
    }

    /**
     * @param text    the spec's {@code target:} (parameters substituted)
     * @param baseDir the spec's folder, for relative paths
     */
    static PipelineTarget of(String text, Path baseDir) {
        String t = text.strip();
        if (NAME.matcher(t).matches()) {
            int dot = t.indexOf('.');
            return dot < 0 ? new PipelineTarget(t, "default", t, null)
                    : new PipelineTarget(t, t.substring(0, dot), t.substring(dot + 1), null);
        }
        if (t.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !t.matches("^[a-zA-Z]:[\\\\/].*")) {
            return new PipelineTarget(t, null, null, t); // a URI: file:, abfss:, wasbs:…
        }
        String home = System.getProperty("user.home");
        Path p = t.startsWith("~/") ? Path.of(home, t.substring(2)) : baseDir.resolve(t);
        return new PipelineTarget(t, null, null, p.toAbsolutePath().normalize().toString());
    }

    /** The metastore table or folder of a quarantine table beside this target. */
    PipelineTarget quarantine(Path baseDir) {
        return isTable() ? new PipelineTarget(text + "_quarantine", schema, table + "_quarantine", null)
                : new PipelineTarget(text + "_quarantine", null, null, path + "_quarantine");
    }

    boolean isTable() {
        return table != null;
    }

    /** As the spec names it. */
    String text() {
        return text;
    }

    /** What SQL can name it by: {@code `silver`.`orders`} or {@code delta.`/path`}. */
    String sqlName() {
        return isTable() ? DeltaSql.quote(schema) + "." + DeltaSql.quote(table) : "delta." + DeltaSql.quote(path);
    }

    String schema() {
        return schema;
    }

    /** The metastore entry, when this is a table that exists. */
    Optional<CatalogTable> catalogEntry(SparkSession spark) {
        if (!isTable()) {
            return Optional.empty();
        }
        TableIdentifier id = new TableIdentifier(table, scala.Option.apply(schema));
        var catalog = spark.sessionState().catalog();
        if (!catalog.databaseExists(schema) || !catalog.tableExists(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(catalog.getTableMetadata(id));
        } catch (Exception raced) { // dropped between the check and the read (Scala declares nothing)
            return Optional.empty();
        }
    }

    boolean isView(SparkSession spark) {
        return catalogEntry(spark).map(t -> t.tableType() == CatalogTableType.VIEW()).orElse(false);
    }

    /** Whether the table exists as a Delta table (a folder: holds a {@code _delta_log}). */
    boolean exists(SparkSession spark) {
        return location(spark).map(loc -> DeltaLog.forTable(spark, loc).tableExists()).orElse(false);
    }

    /** The folder holding the Delta table: the metastore's location, or the path. Empty for a table not created. */
    Optional<String> location(SparkSession spark) {
        if (!isTable()) {
            return Optional.of(path);
        }
        return catalogEntry(spark).map(t -> t.location().toString());
    }

    /** The latest snapshot, read fresh from the log; empty when the table does not exist yet. */
    Optional<Snapshot> snapshot(SparkSession spark) {
        Optional<String> loc = location(spark);
        if (loc.isEmpty()) {
            return Optional.empty();
        }
        DeltaLog log = DeltaLog.forTable(spark, loc.get());
        if (!log.tableExists()) {
            return Optional.empty();
        }
        return Optional.of(log.update(false, scala.Option.empty(), scala.Option.empty()));
    }

    /** The current version, or empty when the table does not exist yet. */
    Optional<Long> version(SparkSession spark) {
        return snapshot(spark).map(Snapshot::version);
    }

    /**
     * The version last committed under a SetTransaction app id — the pipeline's own progress marker, written in the
     * same commit as the rows it describes. Empty when the table or the app id has none.
     */
    Optional<Long> txnVersion(SparkSession spark, String appId) {
        return snapshot(spark).flatMap(s -> {
            scala.Option<Object> v = s.transactions().get(appId);
            return v.isDefined() ? Optional.of((Long) v.get()) : Optional.empty();
        });
    }

    /** Commit user metadata of every commit still in the log, oldest first, with the version it is on. */
    List<CommitNote> commitNotes(SparkSession spark) {
        Optional<String> loc = location(spark);
        if (loc.isEmpty() || !exists(spark)) {
            return List.of();
        }
        List<CommitNote> notes = new ArrayList<>();
        Dataset<Row> history = io.delta.tables.DeltaTable.forPath(spark, loc.get()).history()
                .select("version", "userMetadata").where("userMetadata IS NOT NULL").orderBy("version");
        for (Row r : history.collectAsList()) {
            notes.add(new CommitNote(r.getLong(0), r.getString(1)));
        }
        return notes;
    }

    record CommitNote(long version, String userMetadata) { }

    /** The reader of the table's current version. */
    Dataset<Row> read(SparkSession spark) {
        return spark.read().format("delta").load(location(spark).orElseThrow(() ->
                new PipelineException(text + " does not exist yet.")));
    }

    /**
     * {@link #save} with commit user metadata that also reaches a table's first commit: {@code saveAsTable}'s
     * CREATE TABLE AS SELECT ignores the writer's {@code userMetadata} option (measured on Delta 3.3; its
     * {@code txnAppId} it keeps), but honours the session's {@code commitInfo.userMetadata}, which is set only around
     * this write on the pipeline's own session.
     */
    void save(DataFrameWriter<Row> writer, SparkSession spark, String userMetadata) {
        String key = "spark.databricks.delta.commitInfo.userMetadata";
        if (userMetadata == null) {
            save(writer, spark);
            return;
        }
        spark.conf().set(key, userMetadata);
        try {
            save(writer, spark);
        } finally {
            spark.conf().unset(key);
        }
    }

    /** Writes a frame as a Delta commit: saveAsTable for a metastore name (created in its schema), save for a path. */
    void save(DataFrameWriter<Row> writer, SparkSession spark) {
        writer = writer.format("delta");
        Optional<String> existing = isTable() && exists(spark) ? location(spark) : Optional.empty();
        if (existing.isPresent()) {
            // saveAsTable's append to an existing Delta table fails in Spark's V1 path on the empty schema the
            // metastore keeps for Delta tables ("column number ... (struct<>) doesn't match"); by its folder it is
            // the same table and the same commit.
            writer.save(existing.get());
        } else if (isTable()) {
            spark.sql("CREATE SCHEMA IF NOT EXISTS " + DeltaSql.quote(schema));
            writer.saveAsTable(schema + "." + table);
        } else {
            writer.save(path);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
