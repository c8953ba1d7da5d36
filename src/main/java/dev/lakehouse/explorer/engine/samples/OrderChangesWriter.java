package dev.lakehouse.explorer.engine.samples;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the late-arriving change file {@code orders_changes/order_changes_2026-11-06.jsonl}: customer service's
 * corrections to orders of the previous days (cancellations, returns, refunds, corrected quantities), for MERGE
 * lessons. Some orders change twice, a few lines are out of time order, and a few name orders the feed never had.
 */
final class OrderChangesWriter {
    static final String FILE = "orders_changes/order_changes_2026-11-06.jsonl";
    /** Everything in the file happened before this moment, the end of the day the file was delivered. */
    static final LocalDateTime DELIVERED = LocalDateTime.of(2026, 11, 6, 20, 0);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final ZoneOffset SHOP_OFFSET = ZoneOffset.ofHours(1);

    /** One change; {@code status} or {@code quantity} is null when that field does not change. */
    private record Change(String orderId, LocalDateTime changedAt, String status, Integer quantity, String reason) {
    }

    private OrderChangesWriter() {
    }

    /** About one order in twenty changes. */
    static int changes(int orders) {
        return Math.max(2, orders / 20);
    }

    /** About one change in twenty names an order that is not in the feed. */
    static int unknownOrders(int orders) {
        return Math.max(1, changes(orders) / 20);
    }

    static Path write(Path outDir, List<Order> orders, long seed) {
        SampleRandom rnd = new SampleRandom(seed, "order-changes");
        List<Change> changes = new ArrayList<>();
        int unknown = unknownOrders(orders.size());
        Change previous = null;
        for (int i = 0; i < changes(orders.size()) - unknown; i++) {
            // A tenth of the changes are a second change to the order changed just before, later in time.
            boolean again = previous != null && !"refunded".equals(previous.status()) && rnd.chance(0.1);
            previous = again
                    ? followUp(previous, rnd)
                    : change(rnd.pick(orders), rnd);
            changes.add(previous);
        }
        int lastNumber = orders.get(orders.size() - 1).number();
        for (int i = 0; i < unknown; i++) {
            LocalDateTime at = OrderBook.FIRST_DAY.atStartOfDay().plusMinutes(rnd.between(60, 5 * 24 * 60));
            changes.add(new Change("ORD-" + (lastNumber + rnd.between(1, 5_000)), at, "cancelled", null,
                    "customer_request"));
        }
        changes.sort(Comparator.comparing(Change::changedAt));
        // The file is in arrival order, which is only mostly time order: a change can arrive after a later one.
        for (int i = 0; i + 1 < changes.size(); i++) {
            if (rnd.chance(0.05)) {
                changes.set(i, changes.set(i + 1, changes.get(i)));
                i++;
            }
        }
        Path file = outDir.resolve(FILE);
        try (CsvWriter out = CsvWriter.open(file)) {
            for (int i = 0; i < changes.size(); i++) {
                out.line(json(i + 1, changes.get(i)));
            }
        }
        return file;
    }

    private static Change change(Order o, SampleRandom rnd) {
        LocalDateTime at = between(o.time().plusHours(1), DELIVERED, rnd);
        boolean quantityFix = rnd.chance(0.3) && !o.status().equals("cancelled") && !o.status().equals("returned");
        if (quantityFix) {
            int corrected = o.quantity() > 1 && rnd.chance(0.6) ? o.quantity() - 1 : o.quantity() + 1;
            return new Change(o.orderId(), at, null, corrected, "quantity_correction");
        }
        return switch (o.status()) {
            case "completed", "shipped" -> new Change(o.orderId(), at, "returned", null, "customer_return");
            case "cancelled", "returned" -> new Change(o.orderId(), at, "refunded", null, "refund_processed");
            default -> new Change(o.orderId(), at, "cancelled", null,
                    rnd.chance(0.6) ? "customer_request" : "payment_failed");
        };
    }

    private static Change followUp(Change first, SampleRandom rnd) {
        LocalDateTime at = between(first.changedAt().plusMinutes(10), DELIVERED, rnd);
        return "returned".equals(first.status()) || "cancelled".equals(first.status())
                ? new Change(first.orderId(), at, "refunded", null, "refund_processed")
                : new Change(first.orderId(), at, "cancelled", null, "customer_request");
    }

    private static LocalDateTime between(LocalDateTime from, LocalDateTime to, SampleRandom rnd) {
        long seconds = Math.max(0, ChronoUnit.SECONDS.between(from, to));
        return from.plusSeconds((long) rnd.uniform(0, seconds));
    }

    /** Hand-written JSON: the values are ids, codes and timestamps, which need no escaping beyond quotes. */
    private static String json(int id, Change c) {
        StringBuilder sb = new StringBuilder("{\"change_id\":")
                .append(str(String.format(Locale.ROOT, "CHG-%05d", id)))
                .append(",\"order_id\":").append(str(c.orderId()))
                .append(",\"changed_at\":").append(str(TIME.format(c.changedAt().atOffset(SHOP_OFFSET))));
        if (c.status() != null) {
            sb.append(",\"status\":").append(str(c.status()));
        }
        if (c.quantity() != null) {
            sb.append(",\"quantity\":").append(c.quantity());
        }
        return sb.append(",\"reason\":").append(str(c.reason())).append('}').toString();
    }

    private static String str(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
