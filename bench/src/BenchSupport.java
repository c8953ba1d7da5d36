import dev.lakehouse.explorer.cli.GlobalOptions;
import dev.lakehouse.explorer.engine.Engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

/** What the catalog benchmark programs share: the app's engine, a clock, and the samples file. */
final class BenchSupport {
    private BenchSupport() {
    }

    /**
     * The engine exactly as the app builds it: through its composition root ({@code app.EngineFactory.open}, package
     * private, hence reflection), on the embedded {@code local[*]} master. Spark is not started.
     */
    static Engine openEngine(Path workspace) throws Exception {
        Class<?> factory = Class.forName("dev.lakehouse.explorer.app.EngineFactory");
        Method open = factory.getDeclaredMethod("open", GlobalOptions.class);
        open.setAccessible(true);
        return (Engine) open.invoke(null, new GlobalOptions(workspace, null, false));
    }

    /** Milliseconds since JVM start. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static double msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Runs {@code work} and returns its wall time in ms; its result goes to {@code sink} when given. */
    static <T> double time(Callable<T> work, java.util.function.Consumer<T> sink) throws Exception {
        long start = System.nanoTime();
        T value = work.call();
        double ms = msSince(start);
        if (sink != null) {
            sink.accept(value);
        }
        return ms;
    }

    /** Samples as lines {@code name value}, appended to a file and echoed; the driver script reads them. */
    static final class Samples {
        private final Path file;

        Samples(Path file) {
            this.file = file;
        }

        void add(String name, double value) {
            String line = name + " " + String.format(java.util.Locale.ROOT, "%.1f", value);
            System.out.println(line);
            append(line);
        }

        void note(String name, String text) {
            String line = "#" + name + " " + text.replace('\n', ' ');
            System.out.println(line);
            append(line);
        }

        private synchronized void append(String line) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND))) {
                w.println(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
