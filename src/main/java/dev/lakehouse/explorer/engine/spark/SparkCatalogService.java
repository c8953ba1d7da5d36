package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.catalog.CatalogService;
import dev.lakehouse.explorer.engine.catalog.SchemaSummary;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import scala.Option;
import scala.collection.JavaConverters;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads the metastore through Spark's session catalog. Listing names is a metastore call, not a Spark job, so
 * these calls are quick and need no job group.
 */
final class SparkCatalogService implements CatalogService {
    private final Supplier<SparkSession> session;

    SparkCatalogService(Supplier<SparkSession> session) {
        this.session = session;
    }

    @Override
    public List<SchemaSummary> schemas() {
        SessionCatalog catalog = catalog();
        List<SchemaSummary> out = new ArrayList<>();
        for (String db : JavaConverters.seqAsJavaList(catalog.listDatabases())) {
            int tables = (int) JavaConverters.seqAsJavaList(catalog.listTables(db)).stream()
                    .filter(id -> id.database().isDefined()).count(); // temp views have no schema
            out.add(new SchemaSummary(db, tables));
        }
        out.sort(Comparator.comparing(SchemaSummary::name));
        return out;
    }

    @Override
    public List<TableSummary> tables(String schema) {
        SessionCatalog catalog = catalog();
        try {
            List<TableSummary> out = new ArrayList<>();
            for (TableIdentifier id : JavaConverters.seqAsJavaList(catalog.listTables(schema))) {
                if (id.database().isDefined()) {
                    out.add(summary(catalog.getTableMetadata(id)));
                }
            }
            out.sort(Comparator.comparing(TableSummary::name));
            return out;
        } catch (Exception e) { // the metastore declares checked NoSuchDatabase/NoSuchTable exceptions
            throw SparkErrors.map(e);
        }
    }

    @Override
    public List<TableSummary> recentTables(int limit) {
        List<TableSummary> all = new ArrayList<>();
        for (SchemaSummary s : schemas()) {
            all.addAll(tables(s.name()));
        }
        return all.stream()
                .filter(t -> t.lastModified() != null)
                .sorted(Comparator.comparing(TableSummary::lastModified).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<Column> columns(String schema, String table) {
        try {
            CatalogTable t = catalog().getTableMetadata(new TableIdentifier(table, Option.apply(schema)));
            if (!t.schema().isEmpty()) {
                return RowValues.columns(t.schema());
            }
            // Delta keeps its schema in the table's log, not in the metastore. Resolving the table reads it from
            // the log's checksum file: metadata only, no Spark job (SparkCatalogColumnsTest checks that).
            return RowValues.columns(session.get().table(quote(schema) + "." + quote(table)).schema());
        } catch (Exception e) { // checked NoSuchTable/NoSuchDatabase exceptions, undeclared
            throw SparkErrors.map(e);
        }
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private SessionCatalog catalog() {
        return session.get().sessionState().catalog();
    }

    private static TableSummary summary(CatalogTable t) {
        String kind = t.tableType().name();
        String format = orEmpty(t.provider());
        String location = kind.equals("VIEW") ? "" : String.valueOf(t.location());
        return new TableSummary(t.identifier().database().get(), t.identifier().table(), kind,
                "VIEW".equals(kind) ? "" : format, location, lastModified(location, format));
    }

    private static String orEmpty(Option<String> o) {
        return o.isDefined() ? o.get() : "";
    }

    /** When the table's data last changed: its newest Delta log entry, or the folder's time for other formats. */
    static Instant lastModified(String location, String format) {
        if (location.isEmpty() || !location.startsWith("file:")) {
            return null;
        }
        Path dir = Path.of(URI.create(location));
        Path log = dir.resolve("_delta_log");
        try {
            if ("delta".equalsIgnoreCase(format) && Files.isDirectory(log)) {
                try (Stream<Path> files = Files.list(log)) {
                    return files.map(SparkCatalogService::modified).max(Comparator.naturalOrder()).orElse(null);
                }
            }
            return Files.exists(dir) ? modified(dir) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
