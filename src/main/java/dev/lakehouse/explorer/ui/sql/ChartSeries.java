package dev.lakehouse.explorer.ui.sql;

import dev.lakehouse.explorer.ui.common.ValueFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The points of a chart, from result rows: X as a category (text) or a number, Y as a number. Pure, so what a chart
 * shows — and leaves out — is tested without a window.
 */
final class ChartSeries {
    /** Beyond this a desktop chart gets slow and unreadable; the note says the rest is left out. */
    static final int MAX_POINTS = 1_000;
    private static final Pattern NUMERIC = Pattern.compile("tinyint|smallint|int|bigint|float|double|decimal(\\(.*\\))?");

    /** One point; {@code x} is a String for a category axis, a Number for a number axis. */
    record Point(Object x, Number y) {
    }

    /**
     * @param points    in row order
     * @param numericX  X is drawn on a number axis
     * @param skipped   rows left out because Y was null (or X, on a number axis)
     * @param capped    rows left out beyond {@link #MAX_POINTS}
     * @param repeatedX a category occurs more than once: bars of equal categories would overlap
     */
    record Data(List<Point> points, boolean numericX, int skipped, int capped, boolean repeatedX) {
        static final Data EMPTY = new Data(List.of(), false, 0, 0, false);
    }

    private ChartSeries() {
    }

    static boolean isNumeric(String type) {
        return NUMERIC.matcher(type.toLowerCase(Locale.ROOT)).matches();
    }

    static Data of(List<List<Object>> rows, int x, int y, boolean numericX) {
        List<Point> points = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        boolean repeated = false;
        int skipped = 0;
        int capped = 0;
        for (List<Object> row : rows) {
            Number yv = number(row.get(y));
            Object xv = numericX ? number(row.get(x)) : ValueFormat.format(row.get(x));
            if (yv == null || xv == null) {
                skipped++;
            } else if (points.size() >= MAX_POINTS) {
                capped++;
            } else {
                points.add(new Point(xv, yv));
                repeated |= !numericX && !categories.add((String) xv);
            }
        }
        return new Data(points, numericX, skipped, capped, repeated);
    }

    /** Charts draw doubles; a decimal's last digits do not change a picture. */
    private static Number number(Object v) {
        if (v instanceof BigDecimal d) {
            return d.doubleValue();
        }
        return v instanceof Number n ? n : null;
    }
}
