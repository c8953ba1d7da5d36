import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;
import dev.lakehouse.explorer.engine.catalog.TableSummary;
import dev.lakehouse.explorer.engine.delta.TableQuery;
import dev.lakehouse.explorer.ui.catalog.TablePageViewModel;
import dev.lakehouse.explorer.ui.common.FxTaskRunner;
import dev.lakehouse.explorer.ui.common.InlineError;
import dev.lakehouse.explorer.ui.shell.DesktopApp;
import dev.lakehouse.explorer.ui.shell.MainWindow;
import dev.lakehouse.explorer.ui.shell.Panel;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * Target 6: the FX thread is never blocked more than 100 ms. The real main window (DesktopApp.build, the app's
 * FxTaskRunner, the real engine) runs headless under Monocle; an AnimationTimer on the FX thread records the gap
 * between consecutive pulses (60 per second when the thread is free), and for the longest gap the FX thread's CPU
 * time and the JVM's GC time within it, plus samples of the FX thread's stack taken while the gap lasted. A probe
 * also posts a runnable every 5 ms and records its wait: the FX thread alone, without the pulse timer and render
 * thread (which a busy machine delays too).
 * <p>
 * The flow drives the Catalog's view-models as the views do (commands on the FX thread), and waits for what the user
 * would see: open the 10M-row table while Spark starts, sort, back to file order, filter; open the 1,000-commit table
 * with its History tab, time travel to version 0; open the diff table's Compare tab and compare version 0 with the
 * latest by key id. Each phase's duration (action → rows shown) is recorded too.
 * <p>
 * Usage: CatalogFx WORKSPACE EVENTS COMMITS DIFF SAMPLES_FILE SORT_COLUMN FILTER
 */
public final class CatalogFx {
    private static final long PHASE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(15);

    private final MainWindow window;
    private final PulseMonitor monitor;
    private final BenchSupport.Samples out;

    private CatalogFx(MainWindow window, PulseMonitor monitor, BenchSupport.Samples out) {
        this.window = window;
        this.monitor = monitor;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Path events = Path.of(args[1]).toAbsolutePath();
        Path commits = Path.of(args[2]).toAbsolutePath();
        Path diff = Path.of(args[3]).toAbsolutePath();
        var out = new BenchSupport.Samples(Path.of(args[4]));
        String sortColumn = args[5];
        String filter = args[6];

        SLF4JBridgeHandler.removeHandlersForRootLogger(); // as Main does
        SLF4JBridgeHandler.install();
        Engine engine = BenchSupport.openEngine(ws);
        var runner = new FxTaskRunner(jobId -> engine.jobs().cancel(jobId));
        var prefs = Preferences.userRoot().node("lakehouse-explorer-bench-" + UUID.randomUUID());
        var monitor = new PulseMonitor();
        var shown = new CompletableFuture<MainWindow>();
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            try {
                var stage = new Stage();
                MainWindow w = DesktopApp.build(stage, engine, runner, prefs);
                w.shell().show(Panel.CATALOG);
                stage.show();
                monitor.start();
                shown.complete(w);
            } catch (RuntimeException | Error e) {
                shown.completeExceptionally(e);
            }
        });
        var bench = new CatalogFx(shown.get(60, TimeUnit.SECONDS), monitor, out);
        engine.startAsync(); // as DesktopApp.open does once the window shows
        try {
            bench.flow(engine, events, commits, diff, sortColumn, filter);
        } finally {
            bench.fx(() -> {
                monitor.stop();
                monitor.report(out);
                return null;
            });
            long until = System.currentTimeMillis() + 60_000; // let reads finish before closing (see the FX tests)
            while (System.currentTimeMillis() < until && !bench.fx(() -> runner.centre().tasks().isEmpty())) {
                Thread.sleep(100);
            }
            runner.close();
            engine.close();
            prefs.removeNode();
            Platform.exit();
        }
        System.exit(0);
    }

    private void flow(Engine engine, Path events, Path commits, Path diff, String sortColumn, String filter)
            throws Exception {
        phase("openBeforeReady", () -> window.catalog().open(summary("events", events)),
                () -> pageShown() && page().data().rows().size() > 0);
        out.note("fx.openBeforeReady.engineState", engine.status().state().toString());
        phase("awaitReady", () -> { }, () -> engine.status().state() == EngineState.READY);
        phase("sort", () -> page().data().sortBy(List.of(new TableQuery.SortKey(sortColumn, false))),
                () -> rowsShown(true));
        phase("fileOrder", () -> page().data().sortBy(List.of()), () -> rowsShown(false));
        phase("filter", () -> {
            page().data().filterProperty().set(filter);
            page().data().applyFilter();
        }, () -> rowsShown(true));

        phase("openCommits", () -> {
            window.catalog().open(summary("commits", commits));
            selectTab("history");
        }, () -> pageShown() && page().data().rows().size() > 0);
        out.add("fx.commits.historyRows", fx(() -> page().history().size()));
        phase("timeTravelV0", () -> {
            selectTab("data");
            page().timeTravel().showVersion(0);
        }, () -> Long.valueOf(0).equals(page().shownVersionProperty().get()) && rowsShown(false));

        phase("openDiff", () -> window.catalog().open(summary("diff", diff)),
                () -> pageShown() && page().compare().versions().size() > 1 && !page().compare().columns().isEmpty());
        phase("compare", () -> {
            selectTab("compare"); // the tab's activation asks Spark for a suggested key, as in the app
            var c = page().compare();
            c.toVersionProperty().set(c.versions().get(0));
            c.fromVersionProperty().set(0L);
            c.keyColumns().setAll("id");
            c.run();
        }, () -> !page().compare().runningProperty().get());
        out.note("fx.compare.summary", fx(() -> page().compare().summaryProperty().get()));
        checkNoError("compare", fx(() -> page().compare().error()));
        phase("idle", () -> { }, () -> false, 2_000);
    }

    // ---- phases ----

    private void phase(String name, Runnable action, Callable<Boolean> done) throws Exception {
        phase(name, action, done, PHASE_TIMEOUT_MS);
    }

    /** Runs {@code action} on the FX thread, then polls {@code done} there until true (or {@code limitMs} passes). */
    private void phase(String name, Runnable action, Callable<Boolean> done, long limitMs) throws Exception {
        monitor.phase(name);
        long start = System.nanoTime();
        fx(() -> {
            action.run();
            return null;
        });
        long deadline = System.currentTimeMillis() + limitMs;
        while (!fx(done)) {
            if (System.currentTimeMillis() > deadline) {
                if (limitMs == PHASE_TIMEOUT_MS) {
                    throw new IllegalStateException("phase " + name + " did not finish within " + limitMs + " ms");
                }
                break;
            }
            if (fx(() -> page() != null && !page().error().text().isEmpty())) {
                throw new IllegalStateException("phase " + name + ": " + fx(() -> page().error().text()));
            }
            Thread.sleep(10);
        }
        out.add("fx." + name + ".ms", BenchSupport.msSince(start));
        if (fx(() -> page() != null)) {
            checkNoError(name, fx(() -> page().data().error()));
        }
    }

    private void checkNoError(String phase, InlineError error) throws Exception {
        String text = fx(error::text);
        if (!text.isEmpty()) {
            throw new IllegalStateException("phase " + phase + " ended with an error: " + text);
        }
    }

    private TablePageViewModel page() {
        return window.catalog().pageProperty().get() instanceof TablePageViewModel p ? p : null;
    }

    /** History, schema, details and the first rows shown: the page as the user sees it. */
    private boolean pageShown() {
        var p = page();
        return p != null && !p.history().isEmpty() && !p.schema().fields().isEmpty()
                && p.details().detailProperty().get() != null && !p.data().loadingProperty().get();
    }

    private boolean rowsShown(boolean bySpark) {
        var d = page().data();
        return !d.loadingProperty().get() && d.sparkQueryProperty().get() == bySpark && !d.rows().isEmpty();
    }

    private void selectTab(String id) {
        var tabs = (TabPane) window.scene().lookup("#table-tabs");
        tabs.getTabs().stream().filter(t -> ("table-tab-" + id).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static TableSummary summary(String name, Path folder) {
        return new TableSummary("bench", name, "EXTERNAL", "delta", folder.toUri().toString(), null);
    }

    private <T> T fx(Callable<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    // ---- the pulse monitor ----

    /**
     * Gaps between pulses as seen on the FX thread. A gap is the FX thread not getting back to its pulse: its own
     * work (layout, CSS, a callback), or waiting (GC, a lock, no CPU on 2 busy cores); the FX thread's CPU time
     * within the gap tells which, and stack samples taken from another thread during the gap show where it was.
     */
    static final class PulseMonitor extends AnimationTimer {
        private static final long SAMPLE_AFTER_NS = 50_000_000;
        private static final long SAMPLE_EVERY_NS = 25_000_000;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        private final Map<String, Gap> maxByPhase = new LinkedHashMap<>();
        private final Map<String, Double> maxLatencyByPhase = new LinkedHashMap<>(); // FX thread only
        private final List<String> currentSamples = new ArrayList<>(); // guarded by itself
        private volatile String phase = "startup";
        private volatile long last;
        private volatile Thread fxThread;
        private long lastCpu;
        private long lastGc;
        private Gap max = new Gap("", 0, 0, 0, List.of());
        private Gap maxCpu = max;
        private int over100;
        private int pulses;

        /** One gap: wall time, the FX thread's CPU time and the JVM's GC time within it (ms), stack samples. */
        record Gap(String phase, double ms, double fxCpuMs, double gcMs, List<String> samples) {
            String describe() {
                String where = samples.stream().map(Gap::appFrame).filter(f -> !f.isEmpty()).findFirst()
                        .orElse(samples.isEmpty() ? "" : samples.get(0).replaceAll("^.*?< ", "").replaceAll(" <.*", ""));
                return String.format(java.util.Locale.ROOT, "gap %.0f ms, FX thread CPU %.0f ms, GC %.0f ms%s", ms,
                        fxCpuMs, gcMs, where.isEmpty() ? "" : ", in " + where);
            }

            private static String appFrame(String sample) {
                int at = sample.indexOf("[app ");
                return at < 0 ? "" : sample.substring(at + 5, sample.indexOf(']', at));
            }
        }

        void phase(String name) {
            phase = name;
        }

        @Override
        public void start() {
            fxThread = Thread.currentThread();
            last = System.nanoTime();
            lastCpu = threads.getCurrentThreadCpuTime();
            lastGc = gcMillis();
            Thread watchdog = new Thread(this::watch, "bench-fx-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            Thread probe = new Thread(this::probe, "bench-fx-probe");
            probe.setDaemon(true);
            probe.start();
            super.start();
        }

        @Override
        public void handle(long pulseNanos) {
            long now = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long gc = gcMillis();
            pulses++;
            List<String> samples;
            synchronized (currentSamples) {
                samples = List.copyOf(currentSamples);
                currentSamples.clear();
            }
            var gap = new Gap(phase, (now - last) / 1e6, (cpu - lastCpu) / 1e6, gc - lastGc, samples);
            last = now;
            lastCpu = cpu;
            lastGc = gc;
            if (gap.ms() > 100) {
                over100++;
            }
            Gap phaseMax = maxByPhase.get(gap.phase());
            if (phaseMax == null || gap.ms() > phaseMax.ms()) {
                maxByPhase.put(gap.phase(), gap);
            }
            if (gap.ms() > max.ms()) {
                max = gap;
            }
            if (gap.fxCpuMs() > maxCpu.fxCpuMs()) {
                maxCpu = gap;
            }
        }

        /**
         * Every 5 ms, posts a runnable to the FX thread and records how long it waited to run. Unlike a pulse gap,
         * this does not count a late pulse timer or render thread: only the FX thread not taking work.
         */
        private void probe() {
            while (true) {
                long posted = System.nanoTime();
                String p = phase;
                Platform.runLater(() -> maxLatencyByPhase.merge(p, (System.nanoTime() - posted) / 1e6, Math::max));
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Samples the FX thread's stack every 25 ms once a gap has lasted 50 ms (at most 20 per gap). */
        private void watch() {
            long sampledGap = -1;
            int taken = 0;
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                long started = last;
                long lasted = System.nanoTime() - started;
                if (started != sampledGap) {
                    sampledGap = started;
                    taken = 0;
                }
                if (lasted < SAMPLE_AFTER_NS + taken * SAMPLE_EVERY_NS || taken >= 20) {
                    continue;
                }
                String sample = sample(lasted);
                synchronized (currentSamples) {
                    if (last == started) {
                        currentSamples.add(sample);
                        taken++;
                    }
                }
            }
        }

        private String sample(long lastedNanos) {
            StackTraceElement[] stack = fxThread.getStackTrace();
            StringBuilder s = new StringBuilder("at " + lastedNanos / 1_000_000 + " ms " + fxThread.getState());
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("dev.lakehouse.")) {
                    s.append(" [app ").append(e.getClassName().replaceAll("^.*\\.", "")).append('.')
                            .append(e.getMethodName()).append(']');
                    break;
                }
            }
            s.append(':');
            for (int i = 0; i < Math.min(stack.length, 14); i++) {
                s.append(" < ").append(stack[i].getClassName().replaceAll("^.*\\.", "")).append('.')
                        .append(stack[i].getMethodName());
            }
            return s.toString();
        }

        private long gcMillis() {
            long total = 0;
            for (GarbageCollectorMXBean gc : gcs) {
                total += Math.max(0, gc.getCollectionTime());
            }
            return total;
        }

        /** Call on the FX thread, after {@link #stop()}. */
        void report(BenchSupport.Samples out) {
            out.add("fx.maxGap", max.ms());
            out.note("fx.maxGap.phase", max.phase());
            out.note("fx.maxGap.detail", max.describe());
            out.add("fx.maxGap.fxCpu", max.fxCpuMs());
            out.add("fx.maxGap.gc", max.gcMs());
            out.add("fx.maxFxCpuInOneGap", maxCpu.fxCpuMs());
            out.note("fx.maxFxCpuInOneGap.detail", maxCpu.phase() + ": " + maxCpu.describe());
            out.add("fx.gapsOver100", over100);
            double latency = maxLatencyByPhase.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            out.add("fx.maxRunLaterLatency", latency);
            maxLatencyByPhase.forEach((p, ms) -> out.add("fx." + p + ".maxRunLaterLatency", ms));
            out.add("fx.pulses", pulses);
            for (Gap g : maxByPhase.values()) {
                out.add("fx." + g.phase() + ".maxGap", g.ms());
                out.note("fx." + g.phase() + ".maxGapDetail", g.describe());
                for (int i = 0; i < g.samples().size(); i++) {
                    out.note("fx." + g.phase() + ".maxGapStack" + i, g.samples().get(i));
                }
            }
        }
    }
}
