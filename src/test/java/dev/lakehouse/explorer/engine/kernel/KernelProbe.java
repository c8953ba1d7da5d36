package dev.lakehouse.explorer.engine.kernel;

import dev.lakehouse.explorer.engine.delta.TableRef;

import java.nio.file.Path;

/**
 * Reads one table through every {@link KernelTableReader} method and prints a line, in a fresh JVM started by
 * {@link KernelNoSparkTest} with {@code -verbose:class}. Also the start-up timing probe: from JVM start to each
 * result.
 */
public final class KernelProbe {
    private KernelProbe() {
    }

    public static void main(String[] args) {
        long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        TableRef table = TableRef.path(Path.of(args[0]));
        var reader = new KernelTableReader();
        var page = reader.firstRows(table, null, 200);
        long firstPage = System.currentTimeMillis() - start;
        var schema = reader.schema(table, null);
        long schemaAt = System.currentTimeMillis() - start;
        var history = reader.history(table);
        var detail = reader.detail(table, null);
        System.out.printf("probe rows=%d columns=%s commits=%d files=%d firstPageMs=%d schemaMs=%d%n", page.rows().size(),
                schema.simpleString(), history.size(), detail.numFiles(), firstPage, schemaAt);
    }
}
