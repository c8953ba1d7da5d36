package dev.lakehouse.explorer.engine.samples;

import java.util.List;
import java.util.Random;

/**
 * The seeded randomness the sample writers share. It wraps {@link Random} rather than a newer generator because
 * {@code Random}'s algorithms (including {@code nextGaussian}) are part of its specification: the same seed gives
 * byte-identical sample files on every JDK, which the shipped-data test relies on.
 */
final class SampleRandom {
    private final Random random;

    /** One stream per dataset: the salt keeps the datasets independent when they share the user's seed. */
    SampleRandom(long seed, String salt) {
        random = new Random(mix(seed ^ salt.hashCode()));
    }

    /** Uniform in [min, max). */
    double uniform(double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    /** Uniform integer in [min, max], both inclusive. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    /** Right-skewed positive values (prices, areas, distances): {@code median * e^(sigma * N(0,1))}. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * random.nextGaussian());
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index drawn with probability proportional to its weight. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** SplitMix64's finaliser: nearby seeds (1, 2, 3…) still start far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
