package dev.lakehouse.explorer.engine.metastore;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.WorkspaceException;

import java.net.URI;
import java.nio.file.Files;
import dev.lakehouse.explorer.engine.delta.TableRef;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads table entries from the workspace's Hive metastore (Hive 2.3 schema on embedded Derby) with plain JDBC.
 * <p>
 * Embedded Derby lets one JVM open a database, but any number of connections inside it: beside a running Spark the
 * connection joins the database Spark's metastore client booted (Derby is shared with Hive's class loader, see
 * SessionConfig); without Spark it boots the database itself, and the engine's close shuts it down again.
 * <p>
 * Where Spark keeps a data source table's folder: the {@code path} storage property (SERDE_PARAMS) — for external
 * tables the only place, as Hive's own LOCATION then holds a {@code -__PLACEHOLDER__} path; managed tables have
 * both. The format is the {@code spark.sql.sources.provider} table property.
 */
final class DerbyMetastore {
    private static final String FIND = "SELECT t.TBL_ID, t.TBL_TYPE, s.LOCATION, s.SERDE_ID FROM TBLS t"
            + " JOIN DBS d ON t.DB_ID = d.DB_ID LEFT JOIN SDS s ON t.SD_ID = s.SD_ID WHERE d.NAME = ? AND t.TBL_NAME = ?";
    private static final String PROVIDER = "SELECT PARAM_VALUE FROM TABLE_PARAMS WHERE TBL_ID = ? AND PARAM_KEY = 'spark.sql.sources.provider'";
    private static final String PATH = "SELECT PARAM_VALUE FROM SERDE_PARAMS WHERE SERDE_ID = ? AND PARAM_KEY = 'path'";
    private static final String TABLES = "SELECT t.TBL_NAME FROM TBLS t JOIN DBS d ON t.DB_ID = d.DB_ID WHERE d.NAME = ? ORDER BY t.TBL_NAME";
    private static final String SCHEMAS = "SELECT NAME FROM DBS ORDER BY NAME";
    private static final String PLACEHOLDER = "-__PLACEHOLDER__";

    private final Path database;
    private final Path derbyLog;

    DerbyMetastore(Path database, Path derbyLog) {
        this.database = database.toAbsolutePath();
        this.derbyLog = derbyLog;
    }

    /**
     * @param name     the name as typed, for messages
     * @param view     whether it is a view
     * @param provider the data source format ({@code delta}, {@code parquet}…), {@code hive} for Hive-format tables
     * @param location the table's folder, or null
     */
    record Entry(String name, boolean isView, String provider, TableRef location) {
    }

    /** The entry of a table; a missing schema or table is an error naming what exists instead. */
    Entry find(TableName name) {
        if (!Files.isRegularFile(database.resolve("service.properties"))) {
            throw new InvalidRequestException("No table " + name + " in the metastore: the workspace has no tables yet");
        }
        try (Connection c = connect()) {
            try (PreparedStatement find = c.prepareStatement(FIND)) {
                find.setString(1, name.schema());
                find.setString(2, name.table());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        boolean view = "VIRTUAL_VIEW".equals(rs.getString(2));
                        String hiveLocation = rs.getString(3);
                        long serde = rs.getLong(4);
                        boolean hasSerde = !rs.wasNull();
                        String provider = one(c, PROVIDER, id);
                        String path = hasSerde ? one(c, PATH, serde) : null;
                        return new Entry(name.toString(), view, provider == null ? "hive" : provider,
                                table(path != null ? path : hiveLocation));
                    }
                }
            }
            throw notFound(c, name);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the metastore at " + database + ": " + firstLine(e), e);
        }
    }

    private Connection connect() throws SQLException {
        // Without Spark, nothing set Derby's log yet: keep derby.log in the workspace's logs, not the working folder.
        if (System.getProperty("derby.stream.error.file") == null && derbyLog != null) {
            System.setProperty("derby.stream.error.file", derbyLog.toString());
        }
        Connection c = DriverManager.getConnection("jdbc:derby:;databaseName=" + database);
        c.setReadOnly(true);
        return c;
    }

    private static InvalidRequestException notFound(Connection c, TableName name) throws SQLException {
        List<String> schemas = list(c, SCHEMAS, null);
        if (!schemas.contains(name.schema())) {
            return new InvalidRequestException("No schema " + name.schema() + " in the metastore; schemas: "
                    + String.join(", ", schemas));
        }
        List<String> tables = list(c, TABLES, name.schema());
        return new InvalidRequestException("No table " + name + " in the metastore; " + (tables.isEmpty()
                ? name.schema() + " has no tables" : "tables in " + name.schema() + ": " + String.join(", ", tables)));
    }

    private static String one(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static List<String> list(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** A metastore location as a table: a storage URI as it is, else a local folder. */
    static TableRef table(String location) {
        String l = location == null ? null : location.strip();
        if (l != null && l.endsWith(PLACEHOLDER)) {
            l = l.substring(0, l.length() - PLACEHOLDER.length());
        }
        if (TableRef.isRemoteUri(l)) {
            return TableRef.remote(l);
        }
        Path folder = folder(location);
        return folder == null ? null : TableRef.path(folder);
    }

    /** A metastore location ({@code file:/…}, possibly unencoded, or a plain path) as a local folder. */
    static Path folder(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String l = location.endsWith(PLACEHOLDER) ? location.substring(0, location.length() - PLACEHOLDER.length()) : location;
        if (!l.regionMatches(true, 0, "file:", 0, 5)) {
            return Path.of(l);
        }
        try {
            return Path.of(URI.create(l));
        } catch (IllegalArgumentException e) { // Spark stores paths unencoded: "file:/data/my table"
            String p = l.substring(5);
            return Path.of(p.startsWith("///") ? p.substring(2) : p);
        }
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getSQLState() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
