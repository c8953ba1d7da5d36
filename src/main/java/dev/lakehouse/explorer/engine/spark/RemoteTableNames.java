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
    private static final Pattern QUALIFIED = Pattern.compile("`?([A-Za-z_][\\w]*)`?\\s*\\.\\s*`?([A-Za-z_][\\w]*)`?");
    private static final Pattern AFTER_KEYWORD = Pattern.compile(
            "(?i)\\b(?:FROM|JOIN|INTO|TABLE|UPDATE|HISTORY|DETAIL|OPTIMIZE|VACUUM|RESTORE)\\s+`?([A-Za-z_][\\w]*)`?(?!\\s*\\.)");

    private RemoteTableNames() {
    }

    /** Remote locations ({@code wasb://}, {@code abfss://}, …) of the tables the statement names, joined by spaces. */
    static String locations(SparkSession spark, String statement) {
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
        for (TableIdentifier id : candidates) {
            String location = remoteLocation(catalog, id);
            if (location != null) {
                out.append(location).append(' ');
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
