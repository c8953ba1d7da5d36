import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.delta.TableReader;
import dev.lakehouse.explorer.engine.delta.TableRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Targets 1 and 3, in a fresh JVM where Spark is never started: a table page "from the click" through the app's
 * compute-free reader ({@code engine.tables()}, the one TablePageViewModel and DataTabViewModel call).
 * <p>
 * The click submits what the page submits, in its order and concurrently on a pool of worker threads as the
 * FxTaskRunner does — history, first 200 rows, details, schema — and each call's time from the click is recorded
 * (these are the first calls in the JVM: class loading and JIT included). Then WARM sequential repetitions of each
 * call give the warm figures. With {@code --v0}, the first page of version 0 (time travel) is timed too.
 * <p>
 * Usage: CatalogCold WORKSPACE TABLE LABEL SAMPLES_FILE WARM [--v0]
 */
public final class CatalogCold {
    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        TableRef table = TableRef.path(Path.of(args[1]));
        String label = args[2];
        var out = new BenchSupport.Samples(Path.of(args[3]));
        int warm = Integer.parseInt(args[4]);
        boolean v0 = args.length > 5 && args[5].equals("--v0");

        long open = System.nanoTime();
        Engine engine = BenchSupport.openEngine(ws);
        out.add(label + ".engineOpen", BenchSupport.msSince(open));
        TableReader reader = engine.tables();

        // The click: every tab's read at once, as the page submits them to the task runner.
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-task");
            t.setDaemon(true);
            return t;
        });
        long click = System.nanoTime();
        List<String> names = List.of("history", "firstRows", "detail", "schema");
        List<Callable<Object>> calls = List.of(() -> reader.history(table), () -> reader.firstRows(table, null, 200),
                () -> reader.detail(table, null), () -> reader.schema(table, null));
        List<Future<Double>> done = new ArrayList<>();
        for (Callable<Object> c : calls) {
            done.add(workers.submit(() -> {
                c.call();
                return BenchSupport.msSince(click);
            }));
        }
        double page = 0;
        for (int i = 0; i < names.size(); i++) {
            double ms = done.get(i).get();
            page = Math.max(page, ms);
            out.add(label + ".first." + names.get(i), ms);
        }
        out.add(label + ".first.page", page);
        out.add(label + ".pageShownSinceJvmStart", BenchSupport.sinceJvmStart());
        if (v0) {
            out.add(label + ".first.firstRowsV0", BenchSupport.time(() -> reader.firstRows(table, 0L, 200), null));
        }

        for (int i = 0; i < warm; i++) {
            out.add(label + ".warm.schema", BenchSupport.time(() -> reader.schema(table, null), null));
            out.add(label + ".warm.history", BenchSupport.time(() -> reader.history(table), null));
            out.add(label + ".warm.firstRows", BenchSupport.time(() -> reader.firstRows(table, null, 200), null));
            out.add(label + ".warm.detail", BenchSupport.time(() -> reader.detail(table, null), null));
            if (v0) {
                out.add(label + ".warm.firstRowsV0", BenchSupport.time(() -> reader.firstRows(table, 0L, 200), null));
            }
        }
        out.add(label + ".historyVersions", reader.history(table).size());
        boolean sparkStarted = engine.status().state() != EngineState.STOPPED
                || classLoaded("org.apache.spark.SparkContext");
        out.add(label + ".sparkStarted", sparkStarted ? 1 : 0);
        workers.shutdown();
        engine.close();
        System.exit(0);
    }

    /** Whether a class was loaded, without loading it (ClassLoader.findLoadedClass through reflection). */
    private static boolean classLoaded(String name) {
        try {
            var find = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
            find.setAccessible(true);
            for (ClassLoader l = CatalogCold.class.getClassLoader(); l != null; l = l.getParent()) {
                if (find.invoke(l, name) != null) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // cannot tell; the engine state above still says whether Spark started
        }
    }
}
