package dev.lakehouse.explorer.engine.connections;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.secrets.ScopeDefinition;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.SqlService;

import java.util.Set;

/**
 * The workshop's first exercise as steps the window (or a script) runs in order: a local secret scope, the Azurite
 * development key stored in it, a connection to Azurite that references the key, a test of that connection, and a
 * sample Delta table written to the emulator through SQL. Each step is safe to run again: what exists is kept.
 *
 * <p>Every step is synchronous and may be slow (key derivation, network, Spark): callers keep it off the UI thread.
 * A step that cannot complete returns a failed {@link StepResult} with a one-line message rather than throwing.
 */
public final class WorkshopSetup {
    public static final String SCOPE = "workshop";
    public static final String KEY_NAME = "storage-key";
    public static final String CONNECTION = "workshop-azurite";
    public static final String CONTAINER = "lakehouse";
    public static final String ACCOUNT = "devstoreaccount1";
    public static final String ENDPOINT = "http://127.0.0.1:10000/devstoreaccount1";
    public static final String TABLE = "default.workshop_houses";
    /**
     * Azurite's well-known development account key, published in Azurite's and Microsoft's documentation. It opens
     * only the local emulator; it is stored as a secret anyway, because that is what the workshop teaches.
     */
    static final String AZURITE_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    public static final String START_AZURITE = "Start Azurite first: npx azurite-blob --location <folder> "
            + "(or the installed azurite-blob), then run the setup again.";
    /** Checks that fail when nothing listens at the endpoint: the emulator is not running. */
    private static final Set<String> UNREACHABLE = Set.of("resolve", "endpoint", "tls");

    private final SecretService secrets;
    private final ConnectionService connections;
    private final SqlService sql;
    private final String endpoint;

    public WorkshopSetup(SecretService secrets, ConnectionService connections, SqlService sql) {
        this(secrets, connections, sql, ENDPOINT);
    }

    /** @param endpoint Azurite's Blob endpoint, for an emulator started on another port than 10000 */
    public WorkshopSetup(SecretService secrets, ConnectionService connections, SqlService sql, String endpoint) {
        this.secrets = secrets;
        this.connections = connections;
        this.sql = sql;
        this.endpoint = endpoint == null || endpoint.isBlank() ? ENDPOINT : endpoint.strip();
    }

    /**
     * The outcome of one step.
     *
     * @param ok      whether the step completed
     * @param message what was done or found, in one line
     * @param uri     the sample table's URI for {@link #writeSampleTable}; null otherwise
     */
    public record StepResult(boolean ok, String message, String uri) {
        static StepResult done(String message) {
            return new StepResult(true, message, null);
        }

        static StepResult failed(String message) {
            return new StepResult(false, message, null);
        }
    }

    /** The reference the connection uses: {@code {{secrets/workshop/storage-key}}}. */
    public static String secretReference() {
        return new SecretReference(SCOPE, KEY_NAME).toString();
    }

    /** Step 1: the local scope {@code workshop}, created (the passphrase provider asks) unless it exists. */
    public StepResult createScope() {
        return guarded(() -> {
            if (secrets.scopes().stream().map(ScopeDefinition::name).anyMatch(SCOPE::equals)) {
                return StepResult.done("Scope '" + SCOPE + "' exists already.");
            }
            secrets.createLocalScope(SCOPE);
            return StepResult.done("Created the local scope '" + SCOPE + "'.");
        });
    }

    /** Step 2: the development key as secret {@code storage-key} (replacing an older value: it never changes). */
    public StepResult storeKey() {
        return guarded(() -> {
            secrets.put(SCOPE, KEY_NAME, AZURITE_KEY);
            return StepResult.done("Stored the Azurite development key as " + secretReference() + ".");
        });
    }

    /** Step 3: the connection {@code workshop-azurite}, added unless it exists. */
    public StepResult createConnection() {
        return guarded(() -> {
            if (connections.list().stream().map(Connection::name).anyMatch(CONNECTION::equals)) {
                return StepResult.done("Connection '" + CONNECTION + "' exists already.");
            }
            connections.add(connection(endpoint));
            return StepResult.done("Created the connection '" + CONNECTION + "' to container '" + CONTAINER + "'.");
        });
    }

    /**
     * Step 4: "Test connection". A missing container passes, since the next step creates it; an unreachable
     * endpoint fails with how to start Azurite.
     */
    public StepResult testConnection() {
        return guarded(() -> {
            ConnectionTestResult result = connections.test(CONNECTION);
            ConnectionCheck failed = result.checks().stream().filter(c -> !c.ok()).findFirst().orElse(null);
            if (failed == null) {
                return StepResult.done("All " + result.checks().size() + " checks passed.");
            }
            if ("container".equals(failed.check())) {
                return StepResult.done("Azurite answers; the container '" + CONTAINER + "' is created next.");
            }
            if (UNREACHABLE.contains(failed.check())) {
                return StepResult.failed(failed.message() + " " + START_AZURITE);
            }
            return StepResult.failed(failed.message());
        });
    }

    /** Step 5: the container (made by Spark's WASB driver) and a three-row Delta table in it, through SQL. */
    public StepResult writeSampleTable(JobContext ctx) {
        return guarded(() -> {
            String uri = tableUri();
            QueryResult result = sql.execute(createTableSql(uri), 10, ctx);
            if (result.cursorId() != null) {
                sql.close(result.cursorId());
            }
            return new StepResult(true, "Wrote " + TABLE + " (3 rows) to " + uri + ".", uri);
        });
    }

    /** Where the sample table lives: {@code tables/houses} under the (saved) connection's root URI. */
    public String tableUri() {
        Connection saved = connections.list().stream().filter(c -> c.name().equals(CONNECTION)).findFirst()
                .orElse(connection(endpoint));
        String root = connections.rootUri(saved);
        return (root.endsWith("/") ? root : root + "/") + "tables/houses";
    }

    /** The statement that writes the sample table. */
    public static String createTableSql(String tableUri) {
        return "CREATE OR REPLACE TABLE " + TABLE + " USING delta LOCATION '" + tableUri + "' AS SELECT * FROM VALUES "
                + "(1,'Oslo',420000.0),(2,'Bergen',310000.0),(3,'Oslo',515000.0) AS t(id, city, price)";
    }

    /** The statement that reads it back, for the SQL panel. */
    public static String selectSql(String tableUri) {
        return "SELECT * FROM delta.`" + tableUri + "`";
    }

    static Connection connection() {
        return connection(ENDPOINT);
    }

    static Connection connection(String endpoint) {
        return new Connection(CONNECTION, ConnectionType.AZURITE, ACCOUNT, CONTAINER, endpoint, StorageAuth.KEY,
                secretReference(), null, null);
    }

    /** Engine errors are a step's failure in their own one-line words; anything else is a bug and propagates. */
    private static StepResult guarded(java.util.function.Supplier<StepResult> step) {
        try {
            return step.get();
        } catch (EngineException e) {
            return StepResult.failed(e.getMessage());
        }
    }
}
