package dev.lakehouse.explorer.engine.pipelines;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one shape of a pipeline, step and expectation name, so it can be a table or column name part too. */
final class Names {
    static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Names() {
    }

    /** The name closest to {@code typed} within two edits (a typo), if there is one. */
    static Optional<String> closest(String typed, Collection<String> names) {
        String best = null;
        int bestDistance = 3;
        for (String n : names) {
            int d = distance(typed.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
