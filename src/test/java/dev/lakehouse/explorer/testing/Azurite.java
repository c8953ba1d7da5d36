package dev.lakehouse.explorer.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Azurite Blob emulator per test JVM, for every test class that needs Azure storage (engine.azure tests, and
 * Spark's WASB tests). Start it with {@link #shared()}; it listens on a free loopback port ({@link #port()}) with its
 * data in a temporary folder, and is stopped with its whole process tree when the JVM exits, whether tests pass or
 * fail.
 *
 * <p>For the Blob SDK use {@link #endpoint()} ({@code http://127.0.0.1:PORT/devstoreaccount1}, path-style). For
 * hadoop-azure's WASB driver use {@code wasb://C@devstoreaccount1.localhost:PORT/path} with
 * {@code fs.azure.account.key.devstoreaccount1.localhost:PORT} = {@link #accountKey()}; the name
 * {@code devstoreaccount1.localhost} must resolve to 127.0.0.1 (CI adds it to /etc/hosts).
 */
public final class Azurite {
    public static final String ACCOUNT = "devstoreaccount1";
    /** Azurite's well-known development key (public, documented by Microsoft; not a secret). */
    public static final String ACCOUNT_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static final Pattern LISTENING = Pattern.compile("successfully listens on https?://[^:]+:(\\d+)");
    private static final long START_TIMEOUT_S = 60;
    private static Azurite shared;

    private final Process process;
    private final Path location;
    private final int port;

    private Azurite(Process process, Path location, int port) {
        this.process = process;
        this.location = location;
        this.port = port;
    }

    /** The JVM's Azurite, started on first use. */
    public static synchronized Azurite shared() {
        if (shared == null) {
            shared = start();
            Azurite started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "azurite-stop"));
        }
        return shared;
    }

    /** The Blob endpoint, path-style: {@code http://127.0.0.1:PORT/devstoreaccount1}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port + "/" + ACCOUNT;
    }

    /** The loopback port Azurite took. */
    public int port() {
        return port;
    }

    public String accountName() {
        return ACCOUNT;
    }

    public String accountKey() {
        return ACCOUNT_KEY;
    }

    private static Azurite start() {
        Path executable = onPath("azurite-blob");
        Path location = tempFolder();
        var builder = new ProcessBuilder(executable.toString(), "--blobHost", "127.0.0.1", "--blobPort", "0",
                "--location", location.toString(), "--skipApiVersionCheck", "--loose", "--silent",
                "--disableTelemetry").redirectErrorStream(true);
        try {
            Process process = builder.start();
            int port = awaitPort(process);
            return new Azurite(process, location, port);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + executable + ": " + e.getMessage(), e);
        }
    }

    /** Reads Azurite's output until it names its port; keeps draining it afterwards so the pipe never fills. */
    private static int awaitPort(Process process) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    } else if (!port.isDone()) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // The process ended; the wait below reports it.
            }
            port.completeExceptionally(new IllegalStateException("Azurite exited before listening:\n" + seen));
        }, "azurite-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return port.get(START_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            destroyTree(process);
            throw new IllegalStateException("Azurite did not start within " + START_TIMEOUT_S + " s: " + e.getMessage(), e);
        }
    }

    /** Stops Azurite and its children (node may fork) and deletes its data. */
    public synchronized void stop() {
        destroyTree(process);
        deleteTree(location);
    }

    private static void destroyTree(Process process) {
        // Gather the children first: once the parent is gone they are re-parented and no longer its descendants.
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static Path onPath(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Azurite is needed: npm install -g azurite@3.37.0 (azurite-blob is not on the PATH)"));
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("azurite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temp folder left behind is harmless; never fail a shutdown over it.
        }
    }
}
