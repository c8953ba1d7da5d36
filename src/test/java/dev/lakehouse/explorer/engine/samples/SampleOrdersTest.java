package dev.lakehouse.explorer.engine.samples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The orders feed is messy in every way its README lists, and still holds exactly the generated orders. */
class SampleOrdersTest {
    private static final Pattern ORDER_ID = Pattern.compile("\"order_id\":\"([^\"]+)\"");

    @TempDir
    static Path dir;
    /** Every data line of the five files, with the day it came from. */
    static final List<String> lines = new ArrayList<>();
    static final Map<String, Set<Integer>> daysOfLine = new HashMap<>();
    static final List<List<String>> wellFormed = new ArrayList<>();
    static final int orders = SampleGenerator.orders(SampleGenerator.DEFAULT_ROWS);

    @BeforeAll
    static void generate() {
        SampleGenerator.generate(dir, SampleGenerator.DEFAULT_ROWS, SampleGenerator.DEFAULT_SEED + 1);
        for (int day = 0; day < OrderBook.DAYS; day++) {
            List<String> file = TestCsv.lines(dir.resolve(OrdersWriter.fileName(day)));
            assertThat(file.get(0)).isEqualTo(String.join(",", MessyOrderFormat.HEADER));
            for (String line : file.subList(1, file.size())) {
                lines.add(line);
                daysOfLine.computeIfAbsent(line, k -> new HashSet<>()).add(day);
                List<String> cells = TestCsv.split(line);
                if (cells.size() == 10 && cells.get(0).strip().startsWith("ORD-")) {
                    wellFormed.add(cells);
                }
            }
        }
    }

    @Test
    void everyOrderSurvivesOnAWellFormedLine() {
        assertThat(wellFormed.stream().map(c -> c.get(0).strip()).distinct()).hasSize(orders);
    }

    @Test
    void containsExactDuplicatesAlsoAcrossDays() {
        assertThat(lines.size() - new HashSet<>(lines).size()).isGreaterThanOrEqualTo(orders / 50);
        assertThat(daysOfLine.values()).anyMatch(days -> days.size() > 1);
    }

    @Test
    void containsMalformedLines() {
        List<List<String>> cells = lines.stream().map(TestCsv::split).toList();

        assertThat(cells).anyMatch(c -> c.size() < 10).anyMatch(c -> c.size() > 10).anyMatch(c -> c.size() == 1);
        assertThat(lines).contains(String.join(",", MessyOrderFormat.HEADER));
    }

    @Test
    void mixesFormatsAndSpellings() {
        assertThat(column(1)).anyMatch(ts -> ts.contains("/")).anyMatch(ts -> ts.contains("T"))
                .anyMatch(ts -> ts.contains(" Nov ")).anyMatch(SampleOrdersTest::unparseable);
        assertThat(column(4)).contains("NL", "nl", " NL ", "Netherlands");
        assertThat(column(6)).contains("3", "3.0", "three", "");
        assertThat(column(7)).anyMatch(p -> p.matches("\\d+,\\d\\d")).anyMatch(p -> p.startsWith("EUR "))
                .anyMatch(p -> p.matches("\\d+\\.\\d\\d"));
        assertThat(column(9)).contains("completed", "COMPLETED", "Completed", "canceled", "cancelled", "", "NULL");
    }

    @Test
    void lateChangesNameExistingAndMissingOrders() {
        Set<String> known = new HashSet<>();
        wellFormed.forEach(c -> known.add(c.get(0).strip()));
        List<String> changes = TestCsv.lines(dir.resolve(OrderChangesWriter.FILE));
        List<String> ids = changes.stream().map(SampleOrdersTest::orderId).toList();

        assertThat(changes).hasSize(OrderChangesWriter.changes(orders))
                .allMatch(l -> l.startsWith("{\"change_id\":") && l.endsWith("}"));
        assertThat(ids.stream().filter(id -> !known.contains(id)))
                .hasSize(OrderChangesWriter.unknownOrders(orders));
        assertThat(ids.stream().filter(known::contains).count()).isGreaterThan(ids.size() / 2);
        assertThat(changes).anyMatch(l -> l.contains("\"status\":\"returned\""))
                .anyMatch(l -> l.contains("\"status\":\"cancelled\"")).anyMatch(l -> l.contains("\"quantity\":"));
    }

    private static List<String> column(int index) {
        return wellFormed.stream().map(c -> c.get(index)).toList();
    }

    private static String orderId(String json) {
        Matcher m = ORDER_ID.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private static boolean unparseable(String ts) {
        for (String pattern : List.of("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssxxx", "dd/MM/yyyy HH:mm",
                "d MMM yyyy HH:mm")) {
            try {
                LocalDateTime.parse(ts, DateTimeFormatter.ofPattern(pattern, java.util.Locale.ENGLISH));
                return false;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return !ts.isEmpty() && !ts.equalsIgnoreCase("null");
    }
}
