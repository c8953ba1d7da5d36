package dev.lakehouse.explorer.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would: {@code java -jar target/lakehouse-explorer.jar …}. */
final class JarProcess {
    static final Path JAR = Path.of("target", "lakehouse-explorer.jar").toAbsolutePath();

    record Result(int code, String out, String err) {
    }

    private JarProcess() {
    }

    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(env, null, args);
    }

    static Result run(Map<String, String> env, List<String> removeEnv, String... args) throws IOException, InterruptedException {
        return runWithJvmArgs(env, removeEnv, List.of(), args);
    }

    static Result runWithJvmArgs(Map<String, String> env, List<String> removeEnv, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx1500m"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        if (removeEnv != null) {
            removeEnv.forEach(pb.environment()::remove);
        }
        Path out = Files.createTempFile("lx-out", ".txt");
        Path err = Files.createTempFile("lx-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("jar did not finish in 5 minutes: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
