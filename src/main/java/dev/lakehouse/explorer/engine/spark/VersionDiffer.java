package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.delta.DeltaTableService.DiffOptions;
import dev.lakehouse.explorer.engine.delta.SchemaDiff;
import dev.lakehouse.explorer.engine.delta.TableRef;
import dev.lakehouse.explorer.engine.delta.VersionDiff;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Diffs two versions of a table: schema first, then rows — from the change data feed when Delta recorded it for
 * every commit in between (it reads only what changed), else by comparing both versions whole.
 */
final class VersionDiffer {
    static final String CHANGE_DATA_FEED = "change data feed";
    static final String SET_DIFFERENCE = "set difference";
    private static final Logger LOG = LogManager.getLogger(VersionDiffer.class);

    private final SparkSession spark;
    private final TableFrames frames;

    VersionDiffer(SparkSession spark, TableFrames frames) {
        this.spark = spark;
        this.frames = frames;
    }

    /** Call inside the job's {@code jobs.run}. */
    VersionDiff diff(TableRef table, long from, long to, DiffOptions options) {
        Dataset<Row> before = frames.checkedAt(table, from);
        Dataset<Row> after = frames.checkedAt(table, to);
        SchemaDiff schema = SchemaDiffer.diff(before.schema(), after.schema());
        List<String> keys = keyColumns(table, options.keyColumns(), before.schema(), from, after.schema(), to);
        if (from == to) {
            return new VersionDiff(from, to, schema, new VersionDiff.RowCounts(0, 0, 0), keys, SET_DIFFERENCE, List.of());
        }
        if (from < to) {
            RowDiff.Result viaFeed = fromChangeFeed(table, from, to, before.schema(), after.schema(), keys, options);
            if (viaFeed != null) {
                return new VersionDiff(from, to, schema, viaFeed.counts(), keys, CHANGE_DATA_FEED, viaFeed.rows());
            }
        }
        Dataset<Row> events = DiffInput.versions(before, after);
        RowDiff.Result r = keys.isEmpty() ? RowDiff.withoutKey(events, options.includeRows(), options.rowLimit())
                : RowDiff.withKey(events, keys, true, options.includeRows(), options.rowLimit());
        return new VersionDiff(from, to, schema, r.counts(), keys, SET_DIFFERENCE, r.rows());
    }

    /**
     * The diff from the change data feed of versions (from, to], or null when Delta did not record it for all of
     * them (enabled later, or an incompatible schema change in between) — Delta's own check decides, so the answer
     * is the same as a {@code table_changes} query's. Any other failure of the feed also falls back: comparing the
     * versions whole is always correct, the feed only faster.
     */
    private RowDiff.Result fromChangeFeed(TableRef table, long from, long to, StructType fromType, StructType toType,
                                          List<String> keys, DiffOptions options) {
        try {
            Dataset<Row> feed = spark.read().format("delta").option("readChangeFeed", "true")
                    .option("startingVersion", from + 1).option("endingVersion", to).load(DeltaSql.path(table));
            Dataset<Row> events = DiffInput.changeFeed(feed, fromType, toType);
            if (events == null) {
                return null;
            }
            if (keys.isEmpty()) {
                return RowDiff.withoutKey(events, options.includeRows(), options.rowLimit());
            }
            RowDiff.checkKeyUniquePerCommit(events, keys);
            return RowDiff.withKey(events, keys, false, options.includeRows(), options.rowLimit());
        } catch (InvalidRequestException | JobCancelledException e) {
            throw e;
        } catch (Exception e) { // Delta's analysis errors are checked exceptions, thrown undeclared from Scala
            if (SparkErrors.isCancellation(e)) {
                throw SparkErrors.map(e);
            }
            LOG.info("No change data feed for versions {}–{} of {}, comparing the versions whole: {}", from + 1, to,
                    table, SparkErrors.oneLine(e.getMessage()));
            return null;
        }
    }

    /** The key columns as the table spells them; each must exist at both versions. */
    private static List<String> keyColumns(TableRef table, List<String> requested, StructType fromType, long from,
                                           StructType toType, long to) {
        List<String> keys = new ArrayList<>();
        for (String k : requested) {
            String atTo = spelled(k, toType);
            String atFrom = spelled(k, fromType);
            if (atTo == null || atFrom == null) {
                long missingAt = atFrom == null ? from : to;
                StructType there = atFrom == null ? fromType : toType;
                throw new InvalidRequestException("Key column " + k + " is not in version " + missingAt + " of " + table
                        + "; its columns: " + String.join(", ", there.fieldNames()));
            }
            if (!atTo.equals(atFrom)) {
                throw new InvalidRequestException("Key column " + k + " is spelled " + atFrom + " in version " + from
                        + " and " + atTo + " in version " + to + "; diff without a key");
            }
            if (!keys.contains(atTo)) {
                keys.add(atTo);
            }
        }
        return keys;
    }

    private static String spelled(String name, StructType type) {
        return Arrays.stream(type.fieldNames()).filter(f -> f.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }
}
