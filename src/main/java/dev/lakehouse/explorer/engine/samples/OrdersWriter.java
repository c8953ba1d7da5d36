package dev.lakehouse.explorer.engine.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the raw orders feed, one CSV file per day ({@code orders/orders_2026-11-01.csv} …). Every order appears
 * once as a well-formed (if messy) line; on top of that come re-sent duplicates and malformed lines, so that after
 * de-duplication and quarantine exactly the generated orders remain.
 */
final class OrdersWriter {
    static final String FOLDER = "orders/";

    /** The damage a malformed line shows; cycled, so that even a small feed has each kind. */
    private enum Damage { TRUNCATED, DECIMAL_COMMA_UNQUOTED, SEMICOLONS, HEADER_AGAIN }

    private final SampleRandom rnd;
    private final MessyOrderFormat format;
    private final List<Order> orders;
    /** Per day: the lines written after the day's k-th order, at index k + 1; index 0 holds lines before the first. */
    private final List<List<List<String>>> slots = new ArrayList<>();
    /** Orders are numbered in time order, so a day's orders are a consecutive run starting at this number. */
    private final int[] firstOfDay = new int[OrderBook.DAYS];

    private OrdersWriter(SampleRandom rnd, List<Order> orders) {
        this.rnd = rnd;
        this.format = new MessyOrderFormat(rnd);
        this.orders = orders;
    }

    static String fileName(int day) {
        return FOLDER + "orders_" + OrderBook.FIRST_DAY.plusDays(day) + ".csv";
    }

    /** About one line in forty is an order sent again. */
    static int duplicates(int orders) {
        return Math.max(1, orders / 40);
    }

    /** About one line in a hundred is malformed. */
    static int malformed(int orders) {
        return Math.max(1, orders / 100);
    }

    /** {@code orders} must be in time order, as {@link OrderBook#generate} returns them. */
    static List<Path> write(Path outDir, List<Order> orders, long seed) {
        return new OrdersWriter(new SampleRandom(seed, "orders-feed"), orders).writeAll(outDir);
    }

    private List<Path> writeAll(Path outDir) {
        for (int d = 0; d < OrderBook.DAYS; d++) {
            slots.add(new ArrayList<>(List.of(new ArrayList<>())));
        }
        for (Order o : orders) {
            if (slots.get(o.day()).size() == 1) {
                firstOfDay[o.day()] = o.number();
            }
            slots.get(o.day()).add(new ArrayList<>(List.of(CsvWriter.join(format.cells(o)))));
        }
        for (int i = 0; i < duplicates(orders.size()); i++) {
            addDuplicate();
        }
        Damage[] damages = Damage.values();
        for (int i = 0; i < malformed(orders.size()); i++) {
            Order o = rnd.pick(orders);
            insertAfter(o, damaged(o, damages[i % damages.length]), 20);
        }
        List<Path> files = new ArrayList<>();
        for (int d = 0; d < OrderBook.DAYS; d++) {
            Path file = outDir.resolve(fileName(d));
            try (CsvWriter csv = CsvWriter.open(file)) {
                csv.row(MessyOrderFormat.HEADER);
                slots.get(d).forEach(slot -> slot.forEach(csv::line));
            }
            files.add(file);
        }
        return files;
    }

    /**
     * Most duplicates are the same bytes sent again minutes later; some are a day's last orders repeated at the top
     * of the next day's file (an export window that overlaps); a few are re-exports of the same order that differ
     * in formatting, so only the order id tells they are one order.
     */
    private void addDuplicate() {
        Order o = rnd.pick(orders);
        int day = o.day();
        List<List<String>> today = slots.get(day);
        if (day + 1 < OrderBook.DAYS && rnd.chance(0.3)) {
            int lastOrders = Math.max(1, (today.size() - 1) / 10);
            int slot = today.size() - 1 - rnd.between(0, lastOrders - 1);
            slots.get(day + 1).get(0).add(today.get(slot).get(0));
        } else {
            String copy = rnd.chance(0.2) ? CsvWriter.join(format.cells(o)) : today.get(indexInDay(o) + 1).get(0);
            insertAfter(o, copy, 5);
        }
    }

    /** Adds a line up to {@code spread} orders after {@code o} in its day's file. */
    private void insertAfter(Order o, String line, int spread) {
        List<List<String>> daySlots = slots.get(o.day());
        daySlots.get(Math.min(daySlots.size() - 1, indexInDay(o) + 1 + rnd.between(0, spread))).add(line);
    }

    private int indexInDay(Order o) {
        return o.number() - firstOfDay[o.day()];
    }

    private static String damaged(Order o, Damage damage) {
        String[] cells = MessyOrderFormat.clean(o);
        return switch (damage) {
            case TRUNCATED -> String.join(",", Arrays.copyOf(cells, 3 + o.number() % 6)); // export cut off
            case DECIMAL_COMMA_UNQUOTED -> {
                cells[7] = cells[7].replace('.', ',');
                yield String.join(",", cells);
            }
            case SEMICOLONS -> String.join(";", cells); // one line from a spreadsheet saved with ';'
            case HEADER_AGAIN -> String.join(",", MessyOrderFormat.HEADER); // two exports glued together
        };
    }
}
