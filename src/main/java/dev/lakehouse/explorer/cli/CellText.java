package dev.lakehouse.explorer.cli;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders result values as text for the table and CSV formats. */
final class CellText {
    private CellText() {
    }

    static String of(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof byte[] b) {
            return "0x" + HexFormat.of().formatHex(b);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(CellText::nested).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> nested(e.getKey()) + ": " + nested(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof Double || v instanceof Float) {
            return plainNumber(((Number) v).doubleValue());
        }
        return v.toString();
    }

    private static String nested(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : of(v);
    }

    private static String plainNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) + ".0" : Double.toString(d);
    }
}
