package dev.lakehouse.explorer.engine.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the card holders of the fraud dataset spend, and how a stolen card is used. Both draw from the same
 * categories, countries and hours with different weights, so fraud is separable only in part: travellers buy
 * abroad at night too, and fraudsters also test a card with a small domestic purchase.
 */
final class CardActivity {

    /** One card transaction; {@code second} counts from the start of the month, {@code last24h} is filled later. */
    record Txn(int customer, long second, double amount, int category, int country, boolean online,
               boolean cardPresent, double distanceKm, boolean fraud, int last24h) {
        Txn withLast24h(int count) {
            return new Txn(customer, second, amount, category, country, online, cardPresent, distanceKm, fraud, count);
        }
    }

    record Customer(int age, double activity, double onlineShare, int tripStart, int tripEnd, int tripCountry) {
        boolean travellingOn(int day) {
            return day >= tripStart && day <= tripEnd;
        }
    }

    static final int DAYS = 31;
    static final String[] CATEGORIES = {"grocery", "restaurant", "fuel", "transport", "fashion", "pharmacy",
        "home_garden", "electronics", "entertainment", "jewelry", "travel", "gift_cards", "online_gaming"};
    private static final double[] MEDIAN_AMOUNT = {32, 28, 55, 12, 60, 18, 45, 180, 20, 250, 320, 50, 25};
    private static final double[] IN_STORE_MIX = {30, 18, 10, 6, 8, 6, 5, 3, 5, 1, 1, 1, 0};
    private static final double[] ONLINE_MIX = {10, 8, 0, 8, 18, 4, 8, 10, 14, 1, 10, 4, 5};
    private static final double[] FRAUD_MIX = {4, 3, 2, 2, 8, 0, 1, 25, 5, 10, 10, 20, 10};
    private static final int ONLINE_GAMING = 12;
    private static final int ELECTRONICS = 7;

    /** Every card holder lives in the Netherlands; index 0 of COUNTRIES is home. */
    static final String[] COUNTRIES = {"NL", "BE", "DE", "FR", "GB", "ES", "IT", "PT", "PL", "AT", "TR", "US", "TH"};
    private static final double[] KM_FROM_HOME = {0, 150, 400, 650, 500, 1500, 1300, 1850, 1000, 850, 2300, 6500, 9200};
    // Fraud abroad uses the same destinations as holidays: "foreign" is the signal, not any one country.
    private static final double[] ABROAD_MIX = {0, 15, 20, 15, 10, 12, 10, 5, 3, 4, 3, 2, 1};

    private static final double[] LEGIT_HOURS = {1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.5, 3, 4.5, 5, 5.5, 6.5, 7.5, 6.5, 6,
        6, 6.5, 7.5, 8, 7, 5.5, 4, 3, 2};
    private static final double[] FRAUD_HOURS = {5, 6, 6, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4,
        4, 5};

    private final SampleRandom rnd;
    private final Customer[] customers;
    private final double[] activityCdf;
    private final double[] targetCdf;

    CardActivity(SampleRandom rnd, int customerCount) {
        this.rnd = rnd;
        customers = new Customer[customerCount];
        for (int i = 0; i < customerCount; i++) {
            customers[i] = customer();
        }
        activityCdf = cdf(Arrays.stream(customers).mapToDouble(Customer::activity).toArray());
        // Older card holders are targeted somewhat more often (phishing, scams): a weak signal in customer_age.
        targetCdf = cdf(Arrays.stream(customers).mapToDouble(c -> c.age() >= 65 ? 1.8 : 1.0).toArray());
    }

    Customer customer(int index) {
        return customers[index];
    }

    private Customer customer() {
        int age = (int) SampleRandom.clamp(Math.round(rnd.gaussian(46, 16)), 18, 92);
        double online = SampleRandom.clamp(0.55 - (age - 18) * 0.006 + rnd.gaussian(0, 0.08), 0.05, 0.8);
        if (!rnd.chance(0.12)) {
            return new Customer(age, rnd.logNormal(1, 0.6), online, -1, -1, 0);
        }
        int start = rnd.between(0, DAYS - 1);
        return new Customer(age, rnd.logNormal(1, 0.6), online, start, start + rnd.between(3, 12),
                rnd.weighted(ABROAD_MIX));
    }

    Txn legit() {
        int c = pick(activityCdf);
        Customer cu = customers[c];
        int day = rnd.between(0, DAYS - 1);
        long second = day * 86_400L + rnd.weighted(LEGIT_HOURS) * 3_600L + rnd.between(0, 3_599);
        boolean travelling = cu.travellingOn(day);
        boolean online = rnd.chance(travelling ? cu.onlineShare() / 2 : cu.onlineShare());
        boolean cardPresent = !online && rnd.chance(0.97);
        int category = rnd.weighted(online ? ONLINE_MIX : IN_STORE_MIX);
        double amount = amount(MEDIAN_AMOUNT[category], 0.75);
        int country;
        double distance;
        if (travelling) {
            country = cu.tripCountry();
            distance = abroad(country);
        } else if (!online && rnd.chance(0.02)) {
            country = rnd.chance(0.5) ? 1 : 2; // shopping just across the Belgian or German border
            distance = rnd.uniform(8, 70);
        } else {
            country = 0;
            distance = SampleRandom.clamp(rnd.logNormal(online ? 2 : 4, online ? 1.0 : 0.9), 0.1, 250);
        }
        return new Txn(c, second, amount, category, country, online, cardPresent, distance, false, 0);
    }

    /**
     * A stolen card used {@code size} times within a few hours: mostly online and at night, often abroad, for
     * goods easy to resell, sometimes opened with a tiny "does the card work" purchase.
     */
    List<Txn> fraudBurst(int size) {
        int c = pick(targetCdf);
        boolean online = rnd.chance(0.7);
        int country = rnd.chance(0.45) ? rnd.weighted(ABROAD_MIX) : 0;
        long second = rnd.between(0, DAYS - 1) * 86_400L + rnd.weighted(FRAUD_HOURS) * 3_600L + rnd.between(0, 3_599);
        List<Txn> burst = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int category = rnd.weighted(FRAUD_MIX);
            if (!online && category == ONLINE_GAMING) {
                category = ELECTRONICS;
            }
            double amount = i == 0 && rnd.chance(0.35) ? rnd.uniform(0.5, 5)
                    : amount(MEDIAN_AMOUNT[category] * 2, 0.85);
            double distance = country != 0 ? abroad(country)
                    : SampleRandom.clamp(rnd.logNormal(35, 1.0), 0.5, 250);
            boolean cardPresent = !online && rnd.chance(0.9);
            burst.add(new Txn(c, Math.min(second, DAYS * 86_400L - 1), amount, category, country, online,
                    cardPresent, distance, true, 0));
            second += (long) SampleRandom.clamp(rnd.logNormal(12 * 60, 1.0), 60, 3 * 3_600);
        }
        return burst;
    }

    private double amount(double median, double sigma) {
        return SampleRandom.clamp(rnd.logNormal(median, sigma), 0.5, 8_000);
    }

    private double abroad(int country) {
        return KM_FROM_HOME[country] * rnd.uniform(0.7, 1.3);
    }

    private int pick(double[] cdf) {
        int i = Arrays.binarySearch(cdf, rnd.uniform(0, cdf[cdf.length - 1]));
        return Math.min(i >= 0 ? i + 1 : -i - 1, cdf.length - 1);
    }

    private static double[] cdf(double[] weights) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }
}
