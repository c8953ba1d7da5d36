import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.common.StorageSharedKeyCredential;
import dev.lakehouse.explorer.engine.MasterUrl;
import dev.lakehouse.explorer.engine.azure.AzureKeyVaultScopes;
import dev.lakehouse.explorer.engine.azure.AzureStorageAccess;
import dev.lakehouse.explorer.engine.connections.Connection;
import dev.lakehouse.explorer.engine.connections.ConnectionService;
import dev.lakehouse.explorer.engine.connections.ConnectionType;
import dev.lakehouse.explorer.engine.connections.Connectivity;
import dev.lakehouse.explorer.engine.connections.LocalStorageAccess;
import dev.lakehouse.explorer.engine.connections.Storage;
import dev.lakehouse.explorer.engine.connections.StorageAccess;
import dev.lakehouse.explorer.engine.connections.StorageEntry;
import dev.lakehouse.explorer.engine.connections.StorageAuth;
import dev.lakehouse.explorer.engine.connections.WorkspaceConnections;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import dev.lakehouse.explorer.engine.secrets.SecretReference;
import dev.lakehouse.explorer.engine.secrets.SecretService;
import dev.lakehouse.explorer.engine.secrets.WorkspaceSecrets;
import dev.lakehouse.explorer.engine.spark.SparkEngine;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.workspace.Workspace;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * Connections, secrets and storage, side by side in one JVM, the app composed as {@code app.Connectivities} builds it
 * (with a fixed passphrase for the local scope, as {@code testing.TestConnectivity} does).
 * <pre>
 *   setup   (its own JVM) local scope "bench" holding Azurite's key, CONNECTIONS Azurite connections referring to it,
 *           a small local Delta table, a remote Delta table on wasb://bench-00@…, the listing folder and a file to upload
 *   measure (a fresh JVM on the same workspace, so the scope starts locked)
 *     unlock     first value() of a fresh WorkspaceSecrets (PBKDF2) — before Spark starts
 *     remote     SELECT count(*) FROM default.bench_remote: the first run (secret, file system, Delta log) and later
 *                runs; after one local statement, so the JVM's first Spark query is not what is measured
 *     resolve    SELECT count(*) FROM default.bench_local with 0 saved connections vs with CONNECTIONS, interleaved
 *                statement by statement; and the app's added per-statement lookup alone
 *     upload     engine.storage().upload vs BlobClient.uploadFromFile, same endpoint, same key
 *     list       engine.storage().list vs listBlobsByHierarchy("/") collecting names
 * </pre>
 * Usage: StorageBench setup|unlock|measure WORKSPACE ENDPOINT SAMPLES ROUNDS UPLOAD_MIB BLOBS REPS
 */
public final class StorageBench {
    static final String PASSPHRASE = "bench-passphrase-2026";
    static final String ACCOUNT = "devstoreaccount1";
    static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    static final String REF = "{{secrets/bench/key}}";
    static final int CONNECTIONS = 20;
    static final String CONTAINER = "bench-00";

    private final SparkEngine engine;
    private final BlobContainerClient bare;
    private final BenchSupport.Samples out;

    private StorageBench(SparkEngine engine, BlobContainerClient bare, BenchSupport.Samples out) {
        this.engine = engine;
        this.bare = bare;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Workspace ws = Workspace.prepare(Path.of(args[1]));
        String endpoint = args[2];
        var out = new BenchSupport.Samples(Path.of(args[3]));
        int rounds = Integer.parseInt(args[4]);
        int uploadMib = Integer.parseInt(args[5]);
        int blobs = Integer.parseInt(args[6]);
        int reps = Integer.parseInt(args[7]);
        BlobContainerClient bare = new BlobServiceClientBuilder().endpoint(endpoint)
                .credential(new StorageSharedKeyCredential(ACCOUNT, KEY)).buildClient().getBlobContainerClient(CONTAINER);
        Path files = ws.root().resolve("bench-files");

        if (mode.equals("unlock")) {
            unlock(ws, out, rounds);
            System.exit(0);
        }
        SecretRedactor redactor = new SecretRedactor();
        SparkEngine engine = new SparkEngine(ws, MasterUrl.parse(MasterUrl.DEFAULT), redactor, null,
                connectivity(ws, redactor));
        long start = System.nanoTime();
        engine.startAsync();
        engine.awaitReady(Duration.ofMinutes(10));
        out.add("engineReady", BenchSupport.msSince(start));
        var bench = new StorageBench(engine, bare, out);
        if (mode.equals("setup")) {
            bench.setup(endpoint, files, uploadMib, blobs);
        } else {
            bench.measure(endpoint, files, rounds, reps);
        }
        engine.close();
        System.exit(0);
    }

    /** The app's composition, {@code app.Connectivities.create}, with a fixed passphrase. */
    static Connectivity connectivity(Workspace ws, SecretRedactor redactor) {
        SecretService secrets = new WorkspaceSecrets(ws, redactor, new AzureKeyVaultScopes(),
                (scope, creating) -> PASSPHRASE.toCharArray());
        StorageAccess azure = new AzureStorageAccess();
        StorageAccess local = new LocalStorageAccess();
        ConnectionService connections = new WorkspaceConnections(ws, secrets, azure, local);
        return new Connectivity(secrets, connections, new Storage(connections, secrets, azure, local));
    }

    static List<Connection> benchConnections(String endpoint) {
        return IntStream.range(0, CONNECTIONS).mapToObj(i -> new Connection(String.format("bench-%02d", i),
                ConnectionType.AZURITE, ACCOUNT, String.format("bench-%02d", i), endpoint, StorageAuth.KEY, REF,
                null, null)).toList();
    }

    // ---------------------------------------------------------------------------------------------------------- setup

    private void setup(String endpoint, Path files, int uploadMib, int blobs) throws Exception {
        if (engine.secrets().scopes().stream().noneMatch(s -> s.name().equals("bench"))) {
            engine.secrets().createLocalScope("bench");
        }
        engine.secrets().put("bench", "key", KEY);
        for (Connection c : benchConnections(endpoint)) {
            if (engine.connections().list().stream().noneMatch(s -> s.name().equals(c.name()))) {
                engine.connections().add(c);
            }
        }
        bare.createIfNotExists();
        String root = root(endpoint);
        sql("CREATE TABLE IF NOT EXISTS default.bench_local USING delta AS SELECT id, id % 7 AS k FROM range(1000)");
        sql("CREATE TABLE IF NOT EXISTS default.bench_remote (id BIGINT, k BIGINT) USING delta LOCATION '"
                + root + "tables/remote'");
        sql("INSERT INTO default.bench_remote SELECT id, id % 7 FROM range(1000)");
        System.out.println("remote table: " + root + "tables/remote");

        // the listing folder: BLOBS small blobs, 20 sub-folders, 5 of them Delta tables (a _delta_log/ blob)
        byte[] small = "x".repeat(100).getBytes();
        List<String> names = new ArrayList<>();
        IntStream.range(0, blobs).forEach(i -> names.add(String.format("listing/file-%05d.csv", i)));
        IntStream.range(0, 20).forEach(i -> names.add(String.format("listing/folder-%02d/", i)
                + (i < 5 ? "_delta_log/00000000000000000000.json" : "part-00000.parquet")));
        names.parallelStream().forEach(n -> bare.getBlobClient(n)
                .upload(new java.io.ByteArrayInputStream(small), small.length, true));
        System.out.println("listing folder: " + names.size() + " blobs");

        Files.createDirectories(files);
        Random random = new Random(42);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream o = Files.newOutputStream(files.resolve("upload.bin"))) {
            for (int i = 0; i < uploadMib; i++) {
                random.nextBytes(chunk);
                o.write(chunk);
            }
        }
        System.out.println("upload file: " + uploadMib + " MiB");
    }

    // -------------------------------------------------------------------------------------------------------- measure

    /** Measure 4, before any engine: the first value() of a fresh WorkspaceSecrets derives the scope's key. */
    private static void unlock(Workspace ws, BenchSupport.Samples out, int rounds) {
        for (int round = 0; round <= rounds; round++) {
            SecretService secrets = new WorkspaceSecrets(ws, new SecretRedactor(), new AzureKeyVaultScopes(),
                    (scope, creating) -> PASSPHRASE.toCharArray());
            long start = System.nanoTime();
            String value = secrets.value(SecretReference.parse(REF));
            double first = BenchSupport.msSince(start);
            start = System.nanoTime();
            secrets.value(SecretReference.parse(REF));
            double second = BenchSupport.msSince(start);
            if (!value.equals(KEY)) {
                throw new IllegalStateException("the scope gave another value");
            }
            out.add("unlock.first" + (round == 0 ? ".warmup" : ""), first);
            out.add("unlock.cached" + (round == 0 ? ".warmup" : ""), second);
        }
    }

    private void measure(String endpoint, Path files, int rounds, int reps) throws Exception {
        String root = root(endpoint);
        List<Connection> saved = benchConnections(endpoint);
        if (engine.connections().list().size() != CONNECTIONS) {
            throw new IllegalStateException("expected the " + CONNECTIONS + " saved connections of the setup");
        }
        // remote: the first statement of the JVM that reaches storage (the scope is still locked). A local statement
        // runs before it, so that the JVM's first Spark/Delta query (codegen, Delta's first snapshot) is not counted.
        String local = "SELECT count(*) FROM default.bench_local";
        run("local.first", () -> count(local));
        String remote = "SELECT count(*) FROM default.bench_remote";
        out.note("remote.scopeUnlockedBefore", String.valueOf(engine.secrets().isUnlocked("bench")));
        run("remote.first", () -> count(remote));
        for (int i = 0; i < reps; i++) {
            run("remote.later", () -> count(remote));
        }
        String blob = "upload/";
        Path file = files.resolve("upload.bin");
        var bareBlobApp = bare.getBlobClient(blob + "app.bin");
        var bareBlob = bare.getBlobClient(blob + "bare.bin");
        String listing = root + "listing/";

        for (int round = 0; round <= rounds; round++) {
            String w = round == 0 ? ".warmup" : "";
            boolean appFirst = round % 2 == 1 || round == 0;
            // 1. with / without the 20 saved connections, interleaved statement by statement (the saved connections
            // removed or re-added between two statements, untimed) so that both sides see the same machine
            interleaved("resolve" + w, reps, appFirst, saved, () -> count(local));
            lookup("resolve.lookup" + w, reps, local);
            ensure(saved, true);
            // 2. upload
            inOrder(new ArrayList<>(List.<Runnable>of(
                    () -> run("upload.app" + w, () -> engine.storage().upload(file, root + blob + "app.bin",
                            JobContext.silent("bench upload"))),
                    () -> run("upload.bare" + w, () -> {
                        bareBlob.uploadFromFile(file.toString(), true);
                        return bareBlob.getProperties().getBlobSize();
                    }))), appFirst);
            // 3. listing
            inOrder(new ArrayList<>(List.<Runnable>of(
                    () -> run("list.app" + w, () -> describe(engine.storage().list(listing))),
                    () -> run("list.bare" + w, () -> {
                        List<String> names = new ArrayList<>();
                        for (BlobItem item : bare.listBlobsByHierarchy("/", new ListBlobsOptions().setPrefix("listing/"),
                                null)) {
                            names.add(item.getName());
                        }
                        return names.size() + " names";
                    }))), appFirst);
        }
        out.note("upload.sizes", "app " + bareBlobApp.getProperties().getBlobSize() + " B, bare "
                + bareBlob.getProperties().getBlobSize() + " B");
    }

    /** Samples {@code name.with} and {@code name.without}: per side, the median of {@code reps} interleaved runs. */
    private void interleaved(String name, int reps, boolean withFirst, List<Connection> saved, Callable<Object> work)
            throws RuntimeException {
        try {
            double[] with = new double[reps];
            double[] without = new double[reps];
            for (int i = 0; i < reps; i++) {
                boolean first = (i % 2 == 0) == withFirst;
                for (boolean present : new boolean[] {first, !first}) {
                    ensure(saved, present);
                    long start = System.nanoTime();
                    work.call();
                    (present ? with : without)[i] = BenchSupport.msSince(start);
                }
            }
            ensure(saved, true);
            out.add(name + ".with", median(with));
            out.add(name + ".without", median(without));
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
    }

    /**
     * What the app adds per statement once connections are saved, alone: reading the saved connections and
     * looking up the locations of the tables the statement names ({@code StorageSettings.prepareStatement}'s
     * two calls; RemoteTableNames is package-private, hence reflection). The median of 5 × reps calls.
     */
    private void lookup(String name, int reps, String statement) throws RuntimeException {
        try {
            var spark = org.apache.spark.sql.SparkSession.active();
            var locations = Class.forName("dev.lakehouse.explorer.engine.spark.RemoteTableNames")
                    .getDeclaredMethod("locations", org.apache.spark.sql.SparkSession.class, String.class);
            locations.setAccessible(true);
            double[] ms = new double[5 * reps];
            double[] list = new double[5 * reps];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                engine.connections().list();
                list[i] = BenchSupport.msSince(start);
                locations.invoke(null, spark, statement);
                ms[i] = BenchSupport.msSince(start);
            }
            out.add(name, median(ms));
            out.add(name + ".list", median(list));
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static void inOrder(List<Runnable> order, boolean asGiven) {
        if (!asGiven) {
            Collections.reverse(order);
        }
        order.forEach(Runnable::run);
    }

    private void ensure(List<Connection> connections, boolean present) {
        boolean has = !engine.connections().list().isEmpty();
        if (present && !has) {
            connections.forEach(engine.connections()::add);
        } else if (!present && has) {
            connections.forEach(c -> engine.connections().remove(c.name()));
        }
        if (engine.connections().list().size() != (present ? connections.size() : 0)) {
            throw new IllegalStateException("the saved connections did not toggle");
        }
    }

    private static String describe(List<StorageEntry> entries) {
        long folders = entries.stream().filter(StorageEntry::isDirectory).count();
        long tables = entries.stream().filter(StorageEntry::isDeltaTable).count();
        return entries.size() + " entries, " + folders + " folders, " + tables + " Delta tables";
    }

    private Object count(String statement) {
        QueryResult r = sql(statement);
        return r.firstPage().rows().get(0).get(0);
    }

    private QueryResult sql(String statement) {
        QueryResult r = engine.sql().execute(statement, 100, JobContext.silent("bench"));
        if (r.cursorId() != null) {
            engine.sql().close(r.cursorId());
        }
        return r;
    }

    /** One sample per call: its wall time; the first result of a name is noted. */
    private void run(String name, Callable<Object> work) {
        try {
            long start = System.nanoTime();
            Object result = work.call();
            out.add(name, BenchSupport.msSince(start));
            if (!name.endsWith(".later")) {
                out.note(name + ".result", String.valueOf(result));
            }
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
    }

    /** The root URI of connection bench-00, as the app spells it (wasb://bench-00@devstoreaccount1.localhost:PORT/). */
    private String root(String endpoint) {
        return engine.connections().rootUri(benchConnections(endpoint).get(0));
    }
}
