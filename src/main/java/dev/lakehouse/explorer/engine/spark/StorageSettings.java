package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.HadoopSettings;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives Spark the per-account settings of the saved connections a statement or a table path reaches, at the moment
 * of use: in the session's Hadoop configuration, where {@code SET} and {@code SET -v} do not show them (SQL conf
 * would), with their secrets resolved only then. A changed setting closes the cached file system of that account,
 * else Hadoop would go on using the old key.
 */
final class StorageSettings {
    private static final Logger LOG = LogManager.getLogger(StorageSettings.class);
    private static final Pattern AUTHORITY = Pattern.compile("(?i)\\b(wasbs?|abfss?)://([^/\\s'\"`@]+@[^/\\s'\"`]+)");
    private final ConnectionService connections;
    private final Map<String, String> applied = new ConcurrentHashMap<>();
    private final RemoteTableNames tableNames = new RemoteTableNames();

    StorageSettings(ConnectionService connections) {
        this.connections = connections;
    }

    /** Settings every session gets: bounded retries, so an unreachable account fails in seconds, not minutes. */
    static void configure(SparkSession spark) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        HadoopSettings.global().forEach(conf::setIfUnset);
    }

    /**
     * Applies the settings of every saved connection a statement reaches: the storage URIs it spells, and the
     * locations of the metastore tables it names.
     */
    void prepareStatement(SparkSession spark, String statement) {
        if (connections == null || statement == null || connections.list().isEmpty()) {
            return;
        }
        prepare(spark, statement + " " + tableNames.locations(spark, statement));
    }

    /** Applies the settings of every saved connection the text names (a statement, a table location). */
    void prepare(SparkSession spark, String text) {
        if (connections == null || text == null || !AUTHORITY.matcher(text).find()) {
            return;
        }
        Map<String, String> settings = connections.hadoopSettingsFor(text);
        if (settings.isEmpty()) {
            return;
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        boolean changed = false;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (!Objects.equals(applied.get(e.getKey()), e.getValue())) {
                conf.set(e.getKey(), e.getValue());
                applied.put(e.getKey(), e.getValue());
                changed = true;
            }
        }
        if (changed) {
            closeCachedFileSystems(conf, text);
        }
    }

    private static void closeCachedFileSystems(Configuration conf, String text) {
        Matcher m = AUTHORITY.matcher(text);
        while (m.find()) {
            URI root = URI.create(m.group(1).toLowerCase(java.util.Locale.ROOT) + "://" + m.group(2) + "/");
            try {
                FileSystem.get(root, conf).close(); // removes it from Hadoop's cache; the next use reads the new settings
            } catch (IOException | RuntimeException e) {
                LOG.debug("No cached file system to drop for {}: {}", root, e.toString());
            }
        }
    }
}
