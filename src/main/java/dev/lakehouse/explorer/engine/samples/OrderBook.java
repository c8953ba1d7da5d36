package dev.lakehouse.explorer.engine.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Makes the clean orders of a small (fictional) home-goods web shop over the feed's days, in time order. */
final class OrderBook {
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);
    static final int DAYS = 5;
    static final int FIRST_NUMBER = 100_001;

    private static final String[] SKUS = {"KIT-1001", "KIT-1002", "KIT-1003", "KIT-1004", "KIT-1005", "TEA-2001",
        "TEA-2002", "TEA-2003", "LMP-3001", "LMP-3002", "LMP-3003", "TEX-4001", "TEX-4002", "TEX-4003", "GRD-5001",
        "GRD-5002", "GRD-5003", "STA-6001", "STA-6002", "STA-6003"};
    private static final double[] EUR_PRICES = {12.50, 24.95, 39.00, 7.99, 89.00, 6.50, 14.95, 29.00, 49.95, 119.00,
        19.99, 34.50, 59.00, 15.00, 9.95, 44.00, 129.00, 3.50, 12.00, 22.50};
    private static final double[] SKU_MIX = {9, 6, 4, 10, 2, 10, 6, 3, 3, 1, 6, 4, 2, 5, 6, 2, 1, 8, 5, 4};

    static final String[] COUNTRIES = {"NL", "DE", "BE", "FR", "GB", "ES", "IT", "US"};
    private static final double[] COUNTRY_MIX = {45, 15, 12, 10, 6, 5, 4, 3};

    static final String[] STATUSES = {"completed", "shipped", "paid", "pending", "cancelled", "returned"};

    private static final double[] DAY_MIX = {0.9, 1.1, 1.0, 1.0, 1.05};
    private static final double[] HOUR_MIX = {1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 3, 3.5, 4, 4.5, 5, 5, 4.5, 4.5,
        5, 5.5, 6, 7, 7.5, 7, 5, 2.5};
    private static final int[] QUANTITIES = {1, 2, 3, 4, 5, 10, 20};
    private static final double[] QUANTITY_MIX = {50, 25, 12, 6, 4, 2, 1};

    private static final List<String> FIRST_NAMES = List.of("emma", "liam", "sophie", "noah", "julia", "lucas",
        "mila", "daan", "anna", "finn", "sara", "omar", "lea", "yusuf", "nina", "sem", "ines", "jonas", "fatima",
        "milan", "eva", "mateo", "chloe", "ravi", "hanna", "tom", "zoe", "ali", "lotte", "pablo");
    private static final List<String> LAST_NAMES = List.of("jansen", "devries", "bakker", "visser", "smit", "meyer",
        "schmidt", "peeters", "dubois", "martin", "garcia", "rossi", "smith", "brown", "kowalski", "yilmaz", "nguyen",
        "silva", "haddad", "novak", "mulder", "bos", "vos", "dekker", "wagner", "lambert", "costa", "moreau", "clarke",
        "berg");
    // Reserved for documentation (RFC 2606): no address in the data can reach a real person.
    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net");

    private record Customer(String id, String email, String country) {
    }

    private OrderBook() {
    }

    static List<Order> generate(int count, SampleRandom rnd) {
        List<Customer> customers = customers(Math.max(1, count / 2), rnd);
        List<Order> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(order(0, rnd.pick(customers), rnd));
        }
        drafts.sort(Comparator.comparing(Order::time));
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < drafts.size(); i++) {
            Order o = drafts.get(i);
            orders.add(new Order(FIRST_NUMBER + i, o.time(), o.customerId(), o.email(), o.country(), o.sku(),
                    o.quantity(), o.unitPrice(), o.currency(), o.status()));
        }
        return orders;
    }

    private static Order order(int number, Customer c, SampleRandom rnd) {
        int day = rnd.weighted(DAY_MIX);
        LocalDateTime time = FIRST_DAY.plusDays(day).atTime(rnd.weighted(HOUR_MIX), rnd.between(0, 59),
                rnd.between(0, 59));
        int product = rnd.weighted(SKU_MIX);
        String currency = switch (c.country()) {
            case "GB" -> "GBP";
            case "US" -> "USD";
            default -> "EUR";
        };
        // Fixed rates: the shop prices in euros and converts at checkout.
        double rate = switch (currency) {
            case "GBP" -> 0.86;
            case "USD" -> 1.08;
            default -> 1.0;
        };
        double price = Math.round(EUR_PRICES[product] * rate * 100) / 100.0;
        return new Order(number, time, c.id(), c.email(), c.country(), SKUS[product],
                QUANTITIES[rnd.weighted(QUANTITY_MIX)], price, currency, status(day, rnd));
    }

    /** Orders from the first days had more time to be completed; the last day's are often still pending. */
    private static String status(int day, SampleRandom rnd) {
        return STATUSES[rnd.weighted(50 - 8 * day, 22, 12 + 3 * day, 6 + 4 * day, 4, day < 2 ? 2 : 0.5)];
    }

    private static List<Customer> customers(int count, SampleRandom rnd) {
        List<Customer> out = new ArrayList<>(count);
        Set<String> emails = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            String local = rnd.pick(FIRST_NAMES) + "." + rnd.pick(LAST_NAMES);
            String domain = rnd.pick(DOMAINS);
            String email = local + "@" + domain;
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + domain;
            }
            out.add(new Customer(String.format(Locale.ROOT, "CUST-%05d", i), email,
                    COUNTRIES[rnd.weighted(COUNTRY_MIX)]));
        }
        return out;
    }
}
