package dev.lakehouse.explorer.ui.common;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readable, locale-neutral text for the values a result page holds (see {@code ResultPage}): the same query gives
 * the same text on every machine, which is what users paste into tickets.
 */
public final class ValueFormat {
    public static final String NULL = "NULL";
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_BYTES = 24;

    private ValueFormat() {
    }

    /** The text of one cell. */
    public static String format(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String s) {
            return oneLine(s);
        }
        return nested(value);
    }

    /** A count with thousands separators, e.g. {@code 1,234}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A short duration: {@code 850 ms}, {@code 4.2 s}, {@code 3 min 12 s}. */
    public static String duration(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        var d = Duration.ofMillis(millis);
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }

    // Pattern-matching switch is a preview feature in Java 17, hence the instanceof chain.
    private static String nested(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String s) {
            return '"' + oneLine(s) + '"';
        } else if (value instanceof Double d) {
            return decimal(d, Double.toString(d));
        } else if (value instanceof Float f) {
            return decimal(f, Float.toString(f)); // Float.toString keeps 0.1f as 0.1
        } else if (value instanceof BigDecimal b) {
            return b.toPlainString();
        } else if (value instanceof byte[] bytes) {
            return hex(bytes);
        } else if (value instanceof List<?> list) {
            return list(list);
        } else if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        return value.toString(); // integers, booleans, LocalDate, LocalDateTime, Instant: their ISO forms
    }

    private static String decimal(double d, String shortest) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return shortest;
        }
        double abs = Math.abs(d);
        // Plain digits where they stay short; scientific notation beyond, as Spark prints them.
        if (abs == 0 || (abs >= 1e-4 && abs < 1e15)) {
            String plain = new BigDecimal(shortest).toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        return shortest;
    }

    private static String hex(byte[] bytes) {
        int shown = Math.min(bytes.length, MAX_BYTES);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes, 0, shown);
        return "0x" + hex + (bytes.length > shown ? "… (" + count(bytes.length) + " bytes)" : "");
    }

    private static String list(List<?> list) {
        var sb = new StringBuilder("[");
        for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
            sb.append(nested(it.next()));
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        return sb.append(']').toString();
    }

    private static String map(Map<?, ?> map) {
        var sb = new StringBuilder("{");
        for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            sb.append(e.getKey()).append(": ").append(nested(e.getValue()));
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        return sb.append('}').toString();
    }

    // A cell shows one line; a long text is cut so one huge value cannot stall the grid's layout.
    private static String oneLine(String s) {
        String cut = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
        return cut.replace("\r\n", "↵").replace('\n', '↵').replace('\r', '↵').replace('\t', ' ');
    }
}
