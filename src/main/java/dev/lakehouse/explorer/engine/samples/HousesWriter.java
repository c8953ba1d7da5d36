package dev.lakehouse.explorer.engine.samples;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes {@code houses/houses.csv}: a regression set whose price is a known, mostly linear function of the other
 * columns plus noise. The coefficients below are the "truth" the README describes, so a teacher can compare a
 * fitted model with them.
 */
final class HousesWriter {
    static final String FILE = "houses/houses.csv";

    /** Fictional cities: a fixed premium plus a price per square metre, so location interacts with size. */
    private record City(String name, double share, double premium, double perSqm) {
    }

    private static final City[] CITIES = {
        new City("Harbourview", 0.26, 90_000, 3_300),
        new City("Oakridge", 0.20, 50_000, 2_700),
        new City("Lakemont", 0.14, 40_000, 2_450),
        new City("Riverton", 0.18, 25_000, 2_200),
        new City("Millbrook", 0.13, 10_000, 1_900),
        new City("Stonebridge", 0.09, 0, 1_650),
    };

    private record Type(String name, double share, double areaMedian, double lotMedian, double distanceMedian,
                        double garageChance, double effect) {
    }

    private static final Type[] TYPES = {
        new Type("apartment", 0.35, 75, 0, 2.5, 0.15, -15_000),
        new Type("terraced", 0.30, 110, 140, 5, 0.30, 0),
        new Type("semi_detached", 0.20, 135, 320, 7, 0.60, 15_000),
        new Type("detached", 0.15, 170, 750, 11, 0.85, 40_000),
    };

    private static final String[] CONDITIONS = {"poor", "fair", "good", "excellent"};
    private static final double[] CONDITION_EFFECT = {-55_000, -20_000, 0, 35_000};

    static final String[] HEADER = {"house_id", "city", "property_type", "living_area_sqm", "lot_area_sqm",
        "bedrooms", "bathrooms", "year_built", "has_garage", "condition", "distance_to_center_km", "price"};

    private HousesWriter() {
    }

    static Path write(Path outDir, int houses, long seed) {
        SampleRandom rnd = new SampleRandom(seed, "houses");
        double[] cityShares = Arrays.stream(CITIES).mapToDouble(City::share).toArray();
        double[] typeShares = Arrays.stream(TYPES).mapToDouble(Type::share).toArray();
        Path file = outDir.resolve(FILE);
        try (CsvWriter csv = CsvWriter.open(file)) {
            csv.row(HEADER);
            for (int i = 1; i <= houses; i++) {
                City city = CITIES[rnd.weighted(cityShares)];
                Type type = TYPES[rnd.weighted(typeShares)];
                csv.row(house(i, city, type, rnd));
            }
        }
        return file;
    }

    private static String[] house(int id, City city, Type type, SampleRandom rnd) {
        int area = (int) Math.round(SampleRandom.clamp(rnd.logNormal(type.areaMedian(), 0.28), 25, 450));
        int lot = type.lotMedian() == 0 ? 0
                : (int) Math.round(SampleRandom.clamp(rnd.logNormal(type.lotMedian(), 0.45), 40, 5_000));
        int bedrooms = (int) SampleRandom.clamp(Math.round(0.5 + area / 38.0 + rnd.gaussian(0, 0.6)), 1, 7);
        int bathrooms = (int) SampleRandom.clamp(1 + Math.round((area - 70) / 80.0 + rnd.gaussian(0, 0.4)), 1, 4);
        int yearBuilt = yearBuilt(rnd);
        int condition = condition(2026 - yearBuilt, rnd);
        int garage = rnd.chance(type.garageChance()) ? 1 : 0;
        double distance = SampleRandom.clamp(rnd.logNormal(type.distanceMedian(), 0.6), 0.2, 45);
        distance = Math.round(distance * 10) / 10.0;

        double expected = 30_000 + city.premium() + city.perSqm() * area
                + 40.0 * Math.min(lot, 2_000)
                + 12_000.0 * bathrooms + 4_000.0 * bedrooms
                + 22_000.0 * garage
                + CONDITION_EFFECT[condition] + type.effect()
                - 3_500.0 * distance
                - 700.0 * Math.min(2026 - yearBuilt, 60);
        // Noise grows with the price (as real price errors do), about 17%; a floor keeps prices plausible.
        double price = Math.max(50_000, expected + rnd.gaussian(0, 0.17 * Math.max(expected, 100_000)));
        long rounded = Math.round(price / 1_000) * 1_000;

        return new String[] {String.format(Locale.ROOT, "H%05d", id), city.name(), type.name(), Integer.toString(area),
            Integer.toString(lot), Integer.toString(bedrooms), Integer.toString(bathrooms),
            Integer.toString(yearBuilt), Integer.toString(garage), CONDITIONS[condition],
            CsvWriter.decimal(distance, 1), Long.toString(rounded)};
    }

    /** Building waves: pre-war stock, post-war estates, the late century and new builds. */
    private static int yearBuilt(SampleRandom rnd) {
        return switch (rnd.weighted(0.15, 0.30, 0.30, 0.25)) {
            case 0 -> rnd.between(1880, 1945);
            case 1 -> rnd.between(1946, 1975);
            case 2 -> rnd.between(1976, 2000);
            default -> rnd.between(2001, 2025);
        };
    }

    /** Newer houses are more often in good or excellent condition. */
    private static int condition(int age, SampleRandom rnd) {
        return age < 10 ? rnd.weighted(0.0, 0.05, 0.45, 0.50) : rnd.weighted(0.10, 0.30, 0.45, 0.15);
    }
}
