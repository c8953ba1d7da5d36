package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.delta.TableRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Warm timings of the browse calls, printed for the record (median of 5 after 2 warm-up runs, 2-core machine).
 * The only bound is loose: history must not build a snapshot per version, which would cost seconds for 60 commits.
 */
class KernelTimingsTest {
    private static final KernelTableReader READER = new KernelTableReader();

    @TempDir
    Path dir;

    @Test
    void browseCallsTakeTensOfMillisecondsWhenWarm() {
        TableRef sixtyCommits = HandWrittenTable.create(dir.resolve("sixty"), 60);
        time("60 commits (hand-written)", sixtyCommits);
        time("parquet-decimal-type (99,998 rows)", Corpus.table("parquet-decimal-type"));
        time("dv-partitioned-with-checkpoint (16 commits, DVs)", Corpus.table("dv-partitioned-with-checkpoint"));
        assertThat(median(() -> READER.history(sixtyCommits))).isLessThan(1_000);
    }

    private static void time(String name, TableRef t) {
        System.out.printf(Locale.ROOT, "[timings] %-50s history %5.1f ms | schema %5.1f ms | first 200 rows %5.1f ms"
                        + " | detail %5.1f ms | first 200 rows at v0 %5.1f ms%n", name,
                median(() -> READER.history(t)), median(() -> READER.schema(t, null)),
                median(() -> READER.firstRows(t, null, 200)), median(() -> READER.detail(t, null)),
                median(() -> READER.firstRows(t, 0L, 200)));
    }

    private static double median(Runnable call) {
        for (int i = 0; i < 2; i++) {
            call.run();
        }
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
