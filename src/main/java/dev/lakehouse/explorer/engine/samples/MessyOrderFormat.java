package dev.lakehouse.explorer.engine.samples;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Order} the way a careless upstream export would: mostly clean, but with the inconsistencies
 * a bronze-to-silver step must handle (several date formats, decimal commas, currency prefixes, numbers in words,
 * casing and whitespace noise, empty strings and "NULL"). Each kind of mess is rare on its own.
 */
final class MessyOrderFormat {
    static final String[] HEADER = {"order_id", "order_ts", "customer_id", "customer_email", "country",
        "product_sku", "quantity", "unit_price", "currency", "status"};

    private static final DateTimeFormatter ISO_SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter ISO_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter EUROPEAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME_ONLY = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** November in the CET winter offset: the shop's local time. */
    private static final ZoneOffset SHOP_OFFSET = ZoneOffset.ofHours(1);

    private static final List<String> BAD_TIMESTAMPS = List.of("0000-00-00 00:00:00", "2026-11-31 25:61:00",
            "N/A", "TBD", "yesterday", "#VALUE!");
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten"};
    private static final String[] COUNTRY_NAMES = {"Netherlands", "Germany", "Belgium", "France", "United Kingdom",
        "Spain", "Italy", "United States"};

    private final SampleRandom rnd;

    MessyOrderFormat(SampleRandom rnd) {
        this.rnd = rnd;
    }

    String[] cells(Order o) {
        return new String[] {rnd.chance(0.005) ? " " + o.orderId() + " " : o.orderId(), timestamp(o),
            customerId(o.customerId()), email(o.email()), country(o.country()),
            rnd.chance(0.03) ? o.sku().toLowerCase(Locale.ROOT) : o.sku(), quantity(o.quantity()),
            price(o.unitPrice(), o.currency()), currency(o.currency()), status(o.status())};
    }

    /** The same order with no noise at all, for malformed lines whose damage should be the only problem. */
    static String[] clean(Order o) {
        return new String[] {o.orderId(), ISO_SPACE.format(o.time()), o.customerId(), o.email(), o.country(),
            o.sku(), Integer.toString(o.quantity()), CsvWriter.decimal(o.unitPrice(), 2), o.currency(), o.status()};
    }

    private String timestamp(Order o) {
        return switch (rnd.weighted(70, 15, 9, 4, 1, 1)) {
            case 0 -> ISO_SPACE.format(o.time());
            case 1 -> ISO_OFFSET.format(o.time().atOffset(SHOP_OFFSET));
            case 2 -> EUROPEAN.format(o.time());
            // Built by hand: month names from the JDK's locale data change between releases.
            case 3 -> o.time().getDayOfMonth() + " Nov " + o.time().getYear() + " " + TIME_ONLY.format(o.time());
            case 4 -> rnd.pick(BAD_TIMESTAMPS);
            default -> missing();
        };
    }

    private String customerId(String id) {
        return switch (rnd.weighted(96, 3, 1)) {
            case 0 -> id;
            case 1 -> id.toLowerCase(Locale.ROOT);
            default -> missing();
        };
    }

    private String email(String email) {
        return switch (rnd.weighted(85, 8, 3, 3, 1)) {
            case 0 -> email;
            case 1 -> capitalise(email.substring(0, email.indexOf('@'))) + email.substring(email.indexOf('@'))
                    .toUpperCase(Locale.ROOT);
            case 2 -> " " + email + " ";
            case 3 -> missing();
            default -> "n/a";
        };
    }

    private String country(String code) {
        String name = countryName(code);
        return switch (rnd.weighted(78, 8, 4, 6, 2, 2)) {
            case 0 -> code;
            case 1 -> code.toLowerCase(Locale.ROOT);
            case 2 -> " " + code + " ";
            case 3 -> name;
            case 4 -> name.toUpperCase(Locale.ROOT) + " ";
            default -> missing();
        };
    }

    private String quantity(int q) {
        return switch (rnd.weighted(88, 4, 3, 2, 2, 1)) {
            case 0 -> Integer.toString(q);
            case 1 -> q + ".0";
            case 2 -> q < NUMBER_WORDS.length ? NUMBER_WORDS[q] : Integer.toString(q);
            case 3 -> " " + q;
            case 4 -> missing();
            default -> q + " pcs";
        };
    }

    private String price(double price, String currency) {
        String dot = CsvWriter.decimal(price, 2);
        return switch (rnd.weighted(80, 7, 5, 3, 3, 2)) {
            case 0 -> dot;
            case 1 -> dot.replace('.', ','); // a European spreadsheet on the way; CsvWriter quotes it
            case 2 -> currency + " " + dot;
            case 3 -> symbol(currency) + dot;
            case 4 -> dot.endsWith("0") ? dot.substring(0, dot.length() - 1) : dot;
            default -> missing();
        };
    }

    private String currency(String code) {
        return switch (rnd.weighted(88, 5, 3, 4)) {
            case 0 -> code;
            case 1 -> code.toLowerCase(Locale.ROOT);
            case 2 -> symbol(code);
            default -> missing();
        };
    }

    private String status(String status) {
        String spelled = status.equals("cancelled") && rnd.chance(0.4) ? "canceled" : status;
        return switch (rnd.weighted(72, 10, 8, 5, 2, 3)) {
            case 0 -> spelled;
            case 1 -> spelled.toUpperCase(Locale.ROOT);
            case 2 -> capitalise(spelled);
            case 3 -> spelled + " ";
            case 4 -> spelled.equals("completed") ? "complete" : spelled;
            default -> missing();
        };
    }

    /** Missing values arrive as empty cells mostly, sometimes as the text NULL or null. */
    private String missing() {
        return switch (rnd.weighted(70, 20, 10)) {
            case 0 -> "";
            case 1 -> "NULL";
            default -> "null";
        };
    }

    private static String symbol(String currency) {
        return switch (currency) {
            case "GBP" -> "£";
            case "USD" -> "$";
            default -> "€";
        };
    }

    private static String countryName(String code) {
        for (int i = 0; i < OrderBook.COUNTRIES.length; i++) {
            if (OrderBook.COUNTRIES[i].equals(code)) {
                return COUNTRY_NAMES[i];
            }
        }
        return code;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
