package dev.lakehouse.explorer.engine.samples;

import dev.lakehouse.explorer.engine.samples.CardActivity.Txn;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code fraud/transactions.csv}: one month of card transactions, about 1% of them fraudulent. The
 * transactions are built in memory, because {@code transactions_last_24h} is counted from the data itself (a
 * student can check it with a window function) and the file is in time order.
 */
final class TransactionsWriter {
    static final String FILE = "fraud/transactions.csv";
    static final double FRAUD_RATE = 0.01;
    /** Transactions per card holder in the month: about one or two a day, as for a real debit card. */
    static final int TRANSACTIONS_PER_CUSTOMER = 40;
    static final LocalDateTime MONTH_START = LocalDateTime.of(2026, 10, 1, 0, 0);

    static final String[] HEADER = {"transaction_id", "event_time", "customer_id", "amount", "merchant_category",
        "country", "channel", "card_present", "hour_of_day", "distance_from_home_km", "customer_age",
        "transactions_last_24h", "is_fraud"};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final double[] BURST_SIZES = {0.4, 0.3, 0.2, 0.1};

    private TransactionsWriter() {
    }

    static Path write(Path outDir, int transactions, long seed) {
        SampleRandom rnd = new SampleRandom(seed, "transactions");
        CardActivity activity = new CardActivity(rnd, Math.max(1, transactions / TRANSACTIONS_PER_CUSTOMER));
        int frauds = (int) Math.round(transactions * FRAUD_RATE);
        List<Txn> all = new ArrayList<>(transactions);
        for (int i = frauds; i < transactions; i++) {
            all.add(activity.legit());
        }
        for (int left = frauds; left > 0; ) {
            int size = Math.min(left, 1 + rnd.weighted(BURST_SIZES));
            all.addAll(activity.fraudBurst(size));
            left -= size;
        }
        all = withLast24h(all);
        // List.sort is stable, so equal timestamps keep their (deterministic) creation order.
        all.sort(Comparator.comparingLong(Txn::second));

        Path file = outDir.resolve(FILE);
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.row(HEADER);
            for (int i = 0; i < all.size(); i++) {
                csv.row(row(i + 1, all.get(i), activity));
            }
        }
        return file;
    }

    /** Counts, for each transaction, the same customer's transactions in the 24 hours before it. */
    private static List<Txn> withLast24h(List<Txn> txns) {
        List<Txn> byCustomer = new ArrayList<>(txns);
        byCustomer.sort(Comparator.comparingInt(Txn::customer).thenComparingLong(Txn::second));
        List<Txn> out = new ArrayList<>(byCustomer.size());
        int windowStart = 0;
        for (int i = 0; i < byCustomer.size(); i++) {
            Txn t = byCustomer.get(i);
            if (i > 0 && byCustomer.get(i - 1).customer() != t.customer()) {
                windowStart = i;
            }
            while (t.second() - byCustomer.get(windowStart).second() >= 86_400) {
                windowStart++;
            }
            out.add(t.withLast24h(i - windowStart));
        }
        return out;
    }

    private static String[] row(int id, Txn t, CardActivity activity) {
        LocalDateTime time = MONTH_START.plusSeconds(t.second());
        return new String[] {String.format(Locale.ROOT, "TX%07d", id), TIME.format(time),
            String.format(Locale.ROOT, "C%05d", t.customer() + 1), CsvWriter.decimal(t.amount(), 2),
            CardActivity.CATEGORIES[t.category()], CardActivity.COUNTRIES[t.country()],
            t.online() ? "online" : "in_store", t.cardPresent() ? "1" : "0", Integer.toString(time.getHour()),
            CsvWriter.decimal(t.distanceKm(), 1), Integer.toString(activity.customer(t.customer()).age()),
            Integer.toString(t.last24h()), t.fraud() ? "1" : "0"};
    }
}
