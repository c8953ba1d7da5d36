package dev.lakehouse.explorer.engine.samples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ML datasets carry the signal their READMEs promise: real, but not perfect. */
class SampleContentTest {
    @TempDir
    static Path dir;
    static List<Map<String, String>> houses;
    static List<Map<String, String>> transactions;

    @BeforeAll
    static void generate() {
        SampleGenerator.generate(dir, SampleGenerator.DEFAULT_ROWS, 11);
        houses = TestCsv.records(dir.resolve(HousesWriter.FILE));
        transactions = TestCsv.records(dir.resolve(TransactionsWriter.FILE));
    }

    @Test
    void housePricesFollowLivingArea() {
        double r = LeastSquares.pearson(TestCsv.column(houses, "living_area_sqm"), TestCsv.column(houses, "price"));

        assertThat(r).isGreaterThan(0.5);
    }

    @Test
    void aLinearModelExplainsMostButNotAllOfThePrice() {
        List<String> categorical = List.of("city", "property_type", "condition");
        Map<String, List<String>> levels = new HashMap<>();
        categorical.forEach(c -> levels.put(c, houses.stream().map(h -> h.get(c)).distinct().sorted().toList()));
        double[][] x = new double[houses.size()][];
        for (int i = 0; i < houses.size(); i++) {
            Map<String, String> h = houses.get(i);
            List<Double> row = new ArrayList<>(List.of(1.0));
            for (String numeric : List.of("living_area_sqm", "lot_area_sqm", "bedrooms", "bathrooms", "has_garage",
                    "distance_to_center_km")) {
                row.add(Double.parseDouble(h.get(numeric)));
            }
            row.add(2026.0 - Double.parseDouble(h.get("year_built")));
            for (String c : categorical) { // one-hot, dropping the first level
                levels.get(c).stream().skip(1).forEach(level -> row.add(level.equals(h.get(c)) ? 1.0 : 0.0));
            }
            x[i] = row.stream().mapToDouble(Double::doubleValue).toArray();
        }

        double r2 = LeastSquares.rSquared(x, TestCsv.column(houses, "price"));

        assertThat(r2).as("R² of a linear model with all features").isBetween(0.75, 0.95);
    }

    @Test
    void aboutOnePercentOfTransactionsAreFraud() {
        long frauds = transactions.stream().filter(t -> t.get("is_fraud").equals("1")).count();

        assertThat(transactions).hasSize(SampleGenerator.DEFAULT_ROWS * 10);
        assertThat(frauds / (double) transactions.size()).isBetween(0.005, 0.02);
    }

    @Test
    void fraudDiffersFromLegitimateUseOnlyInPart() {
        Map<Boolean, List<Map<String, String>>> byFraud = new HashMap<>();
        transactions.forEach(t ->
                byFraud.computeIfAbsent(t.get("is_fraud").equals("1"), k -> new ArrayList<>()).add(t));
        List<Map<String, String>> fraud = byFraud.get(true);
        List<Map<String, String>> legit = byFraud.get(false);

        assertThat(share(fraud, "country", "NL")).isLessThan(share(legit, "country", "NL")).isGreaterThan(0.3);
        assertThat(share(fraud, "channel", "online")).isGreaterThan(share(legit, "channel", "online")).isLessThan(0.9);
        assertThat(share(fraud, "card_present", "1")).isLessThan(share(legit, "card_present", "1")).isGreaterThan(0.1);
        assertThat(nightShare(fraud)).isGreaterThan(2 * nightShare(legit)).isLessThan(0.6);
        assertThat(median(fraud, "amount")).isGreaterThan(median(legit, "amount"));
    }

    @Test
    void hourAndTwentyFourHourCountAgreeWithTheTimestamps() {
        Map<String, List<LocalDateTime>> seen = new HashMap<>();
        for (Map<String, String> t : transactions) {
            LocalDateTime time = LocalDateTime.parse(t.get("event_time"));
            assertThat(t.get("hour_of_day")).isEqualTo(Integer.toString(time.getHour()));
            List<LocalDateTime> earlier = seen.computeIfAbsent(t.get("customer_id"), k -> new ArrayList<>());
            long inWindow = earlier.stream().filter(e -> e.isAfter(time.minusHours(24))).count();
            assertThat(t.get("transactions_last_24h")).as(t.get("transaction_id")).isEqualTo(Long.toString(inWindow));
            earlier.add(time);
        }
    }

    private static double share(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).count() / (double) rows.size();
    }

    private static double nightShare(List<Map<String, String>> rows) {
        return rows.stream().filter(r -> Integer.parseInt(r.get("hour_of_day")) < 6).count() / (double) rows.size();
    }

    private static double median(List<Map<String, String>> rows, String column) {
        double[] values = TestCsv.column(rows, column);
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }
}
