package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import scala.Option;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storage locations of metastore tables a statement names ({@code SELECT … FROM default.lab_sales}), so that
 * the connection behind a table created with {@code LOCATION 'wasb://…'} is configured although the statement never
 * spells the URI. Candidates are qualified names anywhere and bare names after the keywords that introduce a table;
 * each is looked up in the session catalog (the metastore, no Spark job).
 */
final class RemoteTableNames {
    /** Locations looked up lately, by name ("" for a name that is no remote table): a statement costs no lookup. */
    private final java.util.Map<TableIdentifier, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(String location, long at) {
    }

    private static final Pattern QUALIFIED = Pattern.compile("`?([A-Za-z_][\\w]*)`?\\s*\\.\\s*`?([A-Za-z_][\\w]*)`?");
    // possessive \\w*+: backtracking would also offer "defaul" for "FROM default.orders" (one more lookup each)
    private static final Pattern AFTER_KEYWORD = Pattern.compile(
            "(?i)\\b(?:FROM|JOIN|INTO|TABLE|UPDATE|HISTORY|DETAIL|OPTIMIZE|VACUUM|RESTORE)\\s+`?([A-Za-z_]\\w*+)`?(?!\\s*\\.)");
    private static final Pattern DDL = Pattern.compile("(?i)\\b(?:CREATE|DROP|ALTER|REPLACE|RENAME|RESTORE)\\b");
    private static final long CACHE_MILLIS = 30_000;

    /**
     * Remote locations ({@code wasb://}, {@code abfss://}, …) of the tables the statement names, joined by spaces.
     * Answers are kept for 30 s and forgotten at any DDL statement (which may create, drop or move a table); tables
     * made by another process show within those 30 s.
     */
    String locations(SparkSession spark, String statement) {
        if (DDL.matcher(statement).find()) {
            cache.clear();
        }
        Set<TableIdentifier> candidates = new LinkedHashSet<>();
        Matcher q = QUALIFIED.matcher(statement);
        while (q.find()) {
            candidates.add(new TableIdentifier(q.group(2), Option.apply(q.group(1))));
        }
        Matcher k = AFTER_KEYWORD.matcher(statement);
        while (k.find()) {
            candidates.add(new TableIdentifier(k.group(1), Option.empty()));
        }
        SessionCatalog catalog = spark.sessionState().catalog();
        StringBuilder out = new StringBuilder();
        long now = System.currentTimeMillis();
        for (TableIdentifier id : candidates) {
            Cached c = cache.get(id);
            if (c == null || now - c.at() > CACHE_MILLIS) {
                String found = remoteLocation(catalog, id);
                c = new Cached(found == null ? "" : found, now);
                cache.put(id, c);
            }
            if (!c.location().isEmpty()) {
                out.append(c.location()).append(' ');
            }
        }
        return out.toString();
    }

    private static String remoteLocation(SessionCatalog catalog, TableIdentifier id) {
        try {
            if (id.database().isDefined() && !catalog.databaseExists(id.database().get())) {
                return null;
            }
            if (!catalog.tableExists(id)) {
                return null;
            }
            CatalogTable table = catalog.getTableMetadata(id);
            String location = table.storage().locationUri().isDefined() ? table.storage().locationUri().get().toString() : "";
            String lower = location.toLowerCase(Locale.ROOT);
            return lower.startsWith("wasb") || lower.startsWith("abfs") ? location : null;
        } catch (Exception e) { // Spark's catalog throws checked NoSuchDatabase/NoSuchTable undeclared in Scala
            return null; // a name that is no table here (a column, an alias): nothing to configure
        }
    }
}
