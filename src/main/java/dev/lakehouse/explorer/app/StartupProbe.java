package dev.lakehouse.explorer.app;

import dev.lakehouse.explorer.engine.Engine;
import dev.lakehouse.explorer.engine.EngineState;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * For the start-up benchmark (bench/startup.sh): with {@code -Dlakehouse.bench.report=FILE}, records when the window
 * showed and when the engine became ready, in milliseconds since JVM start, plus peak memory, then exits.
 * Without the property it does nothing.
 */
final class StartupProbe {
    private final Path report;
    private final Engine engine;
    private final CountDownLatch shown = new CountDownLatch(1);
    private volatile long windowShownMs = -1;

    private StartupProbe(Path report, Engine engine) {
        this.report = report;
        this.engine = engine;
    }

    static StartupProbe fromSystemProperty(Engine engine) {
        String file = System.getProperty("lakehouse.bench.report");
        StartupProbe probe = new StartupProbe(file == null ? null : Path.of(file), engine);
        if (file != null) {
            engine.onStatusChange(s -> {
                if (s.state() == EngineState.READY || s.state() == EngineState.FAILED) {
                    probe.engineSettled(s.state());
                }
            });
        }
        return probe;
    }

    void windowShown() {
        windowShownMs = sinceJvmStart();
        shown.countDown();
    }

    private void engineSettled(EngineState state) {
        long readyMs = state == EngineState.READY ? sinceJvmStart() : -1;
        new Thread(() -> {
            try {
                shown.await();
                Files.writeString(report, "windowShownMs=" + windowShownMs + "\nengineReadyMs=" + readyMs
                        + "\npeakRssMb=" + peakRssMb() + "\n");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                System.err.println("lakehouse-explorer: cannot write the benchmark report: " + e.getMessage());
            }
            engine.close();
            System.exit(0);
        }, "bench-report").start();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
