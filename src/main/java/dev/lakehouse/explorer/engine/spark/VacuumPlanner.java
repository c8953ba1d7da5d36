package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.VacuumPlan;
import dev.lakehouse.explorer.engine.delta.TableRef;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaConfigs;
import org.apache.spark.sql.delta.DeltaLog;
import scala.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * VACUUM with Delta's retention safety check always on: a dry run lists the files, the log says which versions
 * they belong to. The check ({@code spark.databricks.delta.retentionDurationCheck.enabled}) is never turned off
 * here — removing files younger than the table's retention can break running readers and writers.
 */
final class VacuumPlanner {
    private final SparkSession spark;
    private final VersionGuard guard;

    VacuumPlanner(SparkSession spark, VersionGuard guard) {
        this.spark = spark;
        this.guard = guard;
    }

    /** Call inside the job's {@code jobs.run}. */
    VacuumPlan plan(TableRef table, Double retainHours) {
        double tableHours = tableRetentionHours(table);
        double hours = retainHours != null ? retainHours : tableHours;
        List<Row> listed = run(table, retainHours, tableHours, true);
        Set<java.nio.file.Path> files = new HashSet<>();
        List<String> relative = new ArrayList<>();
        long bytes = 0;
        for (Row r : listed) {
            java.nio.file.Path file = local(r.getString(0));
            files.add(file);
            relative.add(table.location().relativize(file).toString().replace('\\', '/'));
            bytes += sizeOf(file);
        }
        relative.sort(String::compareTo);
        List<Long> losing = VacuumImpact.versionsLosingFiles(table, files, guard.readableVersions(table));
        return new VacuumPlan(hours, relative, bytes, losing);
    }

    /** Deletes what {@link #plan} lists (planned first, so the result names the files and versions). */
    VacuumPlan vacuum(TableRef table, Double retainHours) {
        VacuumPlan plan = plan(table, retainHours);
        run(table, retainHours, tableRetentionHours(table), false);
        return plan;
    }

    private List<Row> run(TableRef table, Double retainHours, double tableHours, boolean dryRun) {
        if (retainHours != null && (retainHours < 0 || retainHours.isNaN() || retainHours.isInfinite())) {
            throw new InvalidRequestException("The retention must be a number of hours, 0 or more: " + retainHours);
        }
        String sql = "VACUUM " + DeltaSql.table(table) + (retainHours == null ? "" : " RETAIN " + hours(retainHours) + " HOURS")
                + (dryRun ? " DRY RUN" : "");
        try {
            return spark.sql(sql).collectAsList();
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).contains("such a low retention period")) {
                throw new QueryException("VACUUM refused: retaining " + hours(retainHours) + " h is below the table's retention of "
                        + hours(tableHours) + " h (delta.deletedFileRetentionDuration). Delta's safety check keeps removed files"
                        + " that running queries and time travel may still need; retain at least " + hours(tableHours)
                        + " hours, or lower the table's retention first", e);
            }
            throw e;
        }
    }

    /** The table's delta.deletedFileRetentionDuration (default 7 days), in hours. */
    private double tableRetentionHours(TableRef table) {
        var snapshot = DeltaLog.forTable(spark, DeltaSql.path(table)).update(false, Option.empty(), Option.empty());
        long millis = DeltaConfigs.getMilliSeconds(DeltaConfigs.TOMBSTONE_RETENTION().fromMetaData(snapshot.metadata()));
        return millis / 3_600_000.0;
    }

    static String hours(Double h) {
        return h == Math.rint(h) ? String.valueOf(h.longValue()) : String.valueOf(h);
    }

    private static java.nio.file.Path local(String listed) {
        return java.nio.file.Path.of(new Path(listed).toUri().getPath()).normalize();
    }

    private static long sizeOf(java.nio.file.Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
