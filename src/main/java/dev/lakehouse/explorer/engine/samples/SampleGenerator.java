package dev.lakehouse.explorer.engine.samples;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the workshop's sample files, deterministically: the same {@code rows} and {@code seed} give
 * byte-identical files on every machine and JDK (fixed-algorithm randomness, {@code Locale.ROOT} formatting,
 * UTF-8, {@code '\n'} line endings, dates fixed in 2026 rather than "now").
 *
 * <p>One number sizes all four datasets:
 * <ul>
 *   <li>{@code houses/houses.csv}: {@code rows} houses;</li>
 *   <li>{@code fraud/transactions.csv}: {@code rows × 10} card transactions (1% of them fraud, so there are enough
 *       fraud cases to learn from);</li>
 *   <li>{@code orders/orders_2026-11-0[1-5].csv}: {@code rows × 3 / 2} distinct orders (at least 1), written as
 *       that many lines plus {@code orders / 40} duplicate and {@code orders / 100} malformed lines (each at least
 *       1);</li>
 *   <li>{@code orders_changes/order_changes_2026-11-06.jsonl}: {@code orders / 20} changes (at least 2), of which
 *       {@code changes / 20} (at least 1) name orders that are not in the feed.</li>
 * </ul>
 * The defaults (2,000 rows, seed 42) are what ships in the jar, about 2 MB in all.
 */
public final class SampleGenerator {
    public static final int DEFAULT_ROWS = 2_000;
    public static final long DEFAULT_SEED = 42L;
    /** Transactions are generated in memory (for their 24-hour counts): this keeps that under a few hundred MB. */
    public static final int MAX_ROWS = 200_000;
    public static final int TRANSACTIONS_PER_ROW = 10;
    /** The index of the generated files, one path relative to the output folder per line. */
    public static final String INDEX = "files.txt";

    private SampleGenerator() {
    }

    /**
     * Writes the sample files under {@code outDir} (created if missing, existing files overwritten) and the index
     * {@value #INDEX}.
     *
     * @return the files written, in the order of the index, followed by the index itself
     * @throws IllegalArgumentException when {@code rows} is below 1 or above {@link #MAX_ROWS}
     * @throws UncheckedIOException     when a file cannot be written
     */
    public static List<Path> generate(Path outDir, int rows, long seed) {
        if (rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1 (got " + rows + ")");
        }
        if (rows > MAX_ROWS) {
            throw new IllegalArgumentException("--rows must be at most " + MAX_ROWS + " (got " + rows + ")");
        }
        List<Path> files = new ArrayList<>();
        files.add(TransactionsWriter.write(outDir, transactions(rows), seed));
        files.add(HousesWriter.write(outDir, houses(rows), seed));
        List<Order> orders = OrderBook.generate(orders(rows), new SampleRandom(seed, "orders"));
        files.addAll(OrdersWriter.write(outDir, orders, seed));
        files.add(OrderChangesWriter.write(outDir, orders, seed));
        files.add(writeIndex(outDir, files));
        return files;
    }

    public static int houses(int rows) {
        return rows;
    }

    public static int transactions(int rows) {
        return rows * TRANSACTIONS_PER_ROW;
    }

    /** Distinct orders in the feed; the feed has more lines (duplicates, malformed lines). */
    public static int orders(int rows) {
        return Math.max(1, rows * 3 / 2);
    }

    private static Path writeIndex(Path outDir, List<Path> files) {
        Path index = outDir.resolve(INDEX);
        try (CsvWriter out = CsvWriter.open(index)) {
            for (Path file : files) {
                // '/' whatever the platform: the index names classpath resources too.
                out.line(outDir.relativize(file).toString().replace('\\', '/'));
            }
        }
        return index;
    }
}
