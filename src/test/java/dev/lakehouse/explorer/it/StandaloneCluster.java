package dev.lakehouse.explorer.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone master and one worker on loopback, started from the project's own runtime jars
 * (target/lib). The worker needs a SPARK_HOME with a jars/ folder (symlinks to the same jars suffice) and
 * SPARK_SCALA_VERSION, else it fails every executor with "Cannot find any build directories".
 */
final class StandaloneCluster implements AutoCloseable {
    private static final String ADD_OPENS = "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED "
            + "--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED "
            + "--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED";
    private final List<Process> processes = new ArrayList<>();
    private final Path home;
    final int masterPort;
    final Path workDir;
    final Path logs;

    StandaloneCluster(Path dir) throws IOException, InterruptedException {
        home = dir.resolve("spark-home");
        workDir = dir.resolve("work");
        logs = dir.resolve("logs");
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(workDir);
        Files.createDirectories(logs);
        linkJars();
        masterPort = freePort();
        try {
            start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                    "--webui-port", String.valueOf(freePort()));
            awaitPort(masterPort);
            start("worker", "org.apache.spark.deploy.worker.Worker", url(), "--host", "127.0.0.1", "--cores", "2",
                    "--memory", "1g", "--work-dir", workDir.toString(), "--webui-port", String.valueOf(freePort()));
            awaitLog("worker", "Successfully registered with master");
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    String url() {
        return "spark://127.0.0.1:" + masterPort;
    }

    private void linkJars() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target", "lib").toAbsolutePath(), "*.jar")) {
            for (Path jar : jars) {
                Files.createSymbolicLink(home.resolve("jars").resolve(jar.getFileName()), jar);
            }
        }
    }

    private void start(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(JarProcess.javaBin(), "-Xmx512m"));
        cmd.addAll(List.of(ADD_OPENS.split(" ")));
        cmd.addAll(List.of("-cp", home.resolve("jars") + "/*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // Without it the worker's executor launcher looks for Spark's build folders to guess Scala's version.
        pb.environment().put("SPARK_SCALA_VERSION", "2.12");
        processes.add(pb.start());
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("Spark master did not open port " + port + " within 60 s");
    }

    void awaitLog(String name, String text) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        Path log = logs.resolve(name + ".log");
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " never logged '" + text + "':\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
